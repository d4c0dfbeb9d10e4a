// Checks that class instances are shared by reference across variables, functions and arrays.
class VideoMode {
    var resolution = (width: 0, height: 0)
    var interlaced = false
    var frameRate = 0.0
    var name: String?
}
let tenEighty = VideoMode()
tenEighty.resolution = (width: 1920, height: 1080)
tenEighty.interlaced = true
tenEighty.name = "1080i"
tenEighty.frameRate = 25.0

let alsoTenEighty = tenEighty
alsoTenEighty.frameRate = 30.0
print("The frameRate property of tenEighty is now \(tenEighty.frameRate)")

func upgrade(_ mode: VideoMode) {
    mode.frameRate *= 2
    mode.name = (mode.name ?? "") + "+"
}
upgrade(alsoTenEighty)
print(tenEighty.frameRate, tenEighty.name!)

class Box { var value: Int; init(_ v: Int) { value = v } }
let shared = Box(1)
let boxes = [shared, shared, Box(1)]
boxes[0].value = 99
print(boxes.map { $0.value })
print(tenEighty.resolution)
