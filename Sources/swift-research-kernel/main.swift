import Kernel
print("swift-research-kernel: under construction")
