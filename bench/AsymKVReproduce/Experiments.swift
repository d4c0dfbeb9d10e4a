import Foundation
import Lib
import AsymKV

func runExperiments(arguments: Arguments) throws {
    throw AsymKVError.invalidArgument("experiments not yet built")
}
