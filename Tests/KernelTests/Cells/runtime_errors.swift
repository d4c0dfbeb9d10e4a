var state = 1
state = 2
let arr = [1, 2, 3]
print(arr[3])
// expect error: Index out of range: index 3 of an array of 3 elements
// ---
print(state)
// expect: 2
// ---
let big = Int.max
let boom = big + 1
// expect error: Overflow
// ---
let zero = 0
print(10 / zero)
// expect error: DivisionByZero
// ---
let nothing: Int? = nil
print(nothing!)
// expect error: NilUnwrap
// ---
let s = "a" - 1
// expect error: cannot be applied to operands of type 'String' and 'Int'
// ---
func down(_ n: Int) -> Int { down(n + 1) }
down(0)
// expect error: RecursionError
// ---
prnt("hi")
// expect error: did you mean 'print'
// ---
let valueX = 1
print(valueY)
// expect error: cannot find 'valueY' in scope
// ---
func f(x: Int) -> Int { x }
f(y: 3)
// expect error: ArgumentError
// ---
struct P { var a: Int }
let pp = P(a: 1)
print(pp.b)
// expect error: has no member 'b'
// ---
let fixed = 5
fixed = 6
// expect error: 'fixed' is a 'let' constant
// ---
func inner() -> Int { [1][4] }
func outerCall() -> Int { inner() + 1 }
outerCall()
// expect error: called from
// ---
let x = (1 + 
// expect error: SyntaxError
// ---
throw NSErrorLike.bad
enum NSErrorLike: Error { case bad }
// expect error: UncaughtError
