let fig = Figure(width: 300, height: 200)
fig.axes.line([1, 2, 3], label: "y")
fig.axes.title("Demo")
print(fig.axes.title!, fig.pngData().prefix(4))
