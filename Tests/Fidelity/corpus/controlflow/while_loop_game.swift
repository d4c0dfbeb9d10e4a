// Checks while loops with a board-game simulation (Snakes and Ladders from the Swift book, fixed dice).
let finalSquare = 25
var board = [Int](repeating: 0, count: finalSquare + 1)
board[03] = +08; board[06] = +11; board[09] = +09; board[10] = +02
board[14] = -10; board[19] = -11; board[22] = -02; board[24] = -08
var square = 0
var diceRoll = 0
var turns = 0
while square < finalSquare {
    diceRoll += 1
    if diceRoll == 7 { diceRoll = 1 }
    square += diceRoll
    turns += 1
    if square < board.count {
        square += board[square]
    }
    print("turn \(turns): rolled \(diceRoll), now on \(square)")
}
print("Game over after \(turns) turns!")
var n = 1
while n * n < 50 {
    n += 1
}
print("smallest n with n*n >= 50: \(n)")
