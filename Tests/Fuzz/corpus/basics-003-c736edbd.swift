// Redeclaration replaces
let a = "now a string"
print(a)
