try withdraw(5, from: 1)
