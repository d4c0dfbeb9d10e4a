// AsymKVReproduce: trains the character-level model and regenerates the AsymKV table and figures.
//
//   swift run -c release --package-path bench AsymKVReproduce train [--steps N] [--seed S] [--out PATH]
//   swift run -c release --package-path bench AsymKVReproduce [--quick | --full] [--model PATH]
import Foundation
import Lib

setenv("OPENBLAS_NUM_THREADS", "2", 1)
BLAS.setThreadCount(2)
let args = Array(CommandLine.arguments.dropFirst())
do {
    if args.first == "train" {
        try runTraining(arguments: Arguments(Array(args.dropFirst())))
    } else {
        try runExperiments(arguments: Arguments(args))
    }
} catch {
    FileHandle.standardError.write("AsymKVReproduce: \(error)\n".data(using: .utf8)!)
    exit(1)
}
