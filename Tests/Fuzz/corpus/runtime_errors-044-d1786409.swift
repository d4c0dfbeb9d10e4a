let nothing: Int? = nil
print(nothing!)
