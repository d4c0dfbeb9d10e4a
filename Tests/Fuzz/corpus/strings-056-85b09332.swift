// Diagnostics go to stderr with the usual Swift idiom.
print("to stderr", 1, to: &standardError)
print("to stdout")
