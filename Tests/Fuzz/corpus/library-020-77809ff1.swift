Datasets.load("nope")
