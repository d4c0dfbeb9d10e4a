print(state)
