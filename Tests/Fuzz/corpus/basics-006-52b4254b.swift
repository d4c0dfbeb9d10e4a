fib(10)
