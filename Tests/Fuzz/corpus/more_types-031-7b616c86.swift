// inout parameters
func swapValues(_ a: inout Int, _ b: inout Int) {
    let t = a
    a = b
    b = t
}
var first = 1, second = 2
swapValues(&first, &second)
print(first, second)
func bump(_ xs: inout [Int], by k: Int = 1) { for i in xs.indices { xs[i] += k } }
var nums = [1, 2]
bump(&nums, by: 10)
print(nums)
