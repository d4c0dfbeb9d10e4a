// AsymKVReproduce: trains the character-level model and regenerates the AsymKV table and figures.
//
//   swift run -c release --package-path bench AsymKVReproduce train [--steps N] [--seed S] [--out PATH] [--threads T]
//   swift run -c release --package-path bench AsymKVReproduce [--quick | --full] [--model PATH]
//   swift run -c release --package-path bench AsymKVReproduce resave [--model PATH]   (rewrite a checkpoint canonically)
import BenchSupport
import Foundation
import Lib
import AsymKV

let args = Array(CommandLine.arguments.dropFirst())
// One BLAS thread by default: on a loaded shared machine two threads mostly wait for each other.
let threads = Arguments(args).int("--threads") ?? 1
BenchThreads.use(threads)
do {
    if args.first == "resave" {
        // Rewrites a checkpoint in the canonical form `save` writes today (weights unchanged).
        let path = Arguments(args).string("--model") ?? "results/asymkv/model.safetensors"
        let (model, vocabulary) = try TransformerLM.load(from: path)
        try model.save(to: path, vocabulary: vocabulary)
        print("rewrote \(path)")
    } else if args.first == "train" {
        try runTraining(arguments: Arguments(Array(args.dropFirst())))
    } else {
        try runExperiments(arguments: Arguments(args))
    }
} catch {
    FileHandle.standardError.write("AsymKVReproduce: \(error)\n".data(using: .utf8)!)
    exit(1)
}
