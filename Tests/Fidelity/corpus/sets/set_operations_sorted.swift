// Checks union, intersection, subtracting and symmetricDifference, printed sorted.
let oddDigits: Set = [1, 3, 5, 7, 9]
let evenDigits: Set = [0, 2, 4, 6, 8]
let singleDigitPrimeNumbers: Set = [2, 3, 5, 7]
print(oddDigits.union(evenDigits).sorted())
print(oddDigits.intersection(evenDigits).sorted())
print(oddDigits.subtracting(singleDigitPrimeNumbers).sorted())
print(oddDigits.symmetricDifference(singleDigitPrimeNumbers).sorted())
print(oddDigits.intersection(singleDigitPrimeNumbers).sorted())
var mutable: Set = [1, 2, 3]
mutable.formUnion([3, 4, 5])
print(mutable.sorted())
mutable.subtract([1, 5])
print(mutable.sorted())
mutable.formIntersection([2, 3, 9])
print(mutable.sorted())
