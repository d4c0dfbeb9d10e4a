print(try! withdraw(1, from: 3))
