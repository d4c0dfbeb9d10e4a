let cora = Datasets.load("cora")
print(cora.nodeCount, cora.featureCount, cora.classCount)
