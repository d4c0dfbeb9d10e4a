// The Unicron agent: one process per "node" of the real executor (see Unicron.Executor and Unicron.Agent).
// Started by the coordinator; never run by hand except for debugging.
import Foundation
import Unicron

exit(Agent.main(arguments: Array(CommandLine.arguments.dropFirst())))
