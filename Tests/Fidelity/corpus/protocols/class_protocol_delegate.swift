// Checks a class-only protocol used for the delegate pattern with a weak reference.
protocol DownloadDelegate: AnyObject {
    func didProgress(_ percent: Int)
    func didFinish(_ name: String)
}

class Downloader {
    weak var delegate: DownloadDelegate?
    let file: String
    init(file: String) { self.file = file }
    func start() {
        for p in stride(from: 25, through: 100, by: 25) {
            delegate?.didProgress(p)
        }
        delegate?.didFinish(file)
    }
}

class Screen: DownloadDelegate {
    var log: [String] = []
    func didProgress(_ percent: Int) {
        log.append("\(percent)%")
    }
    func didFinish(_ name: String) {
        print("finished \(name) after \(log.joined(separator: " "))")
    }
}

let d = Downloader(file: "data.csv")
d.start()
print("no delegate, nothing printed above")
var screen: Screen? = Screen()
d.delegate = screen
d.start()
screen = nil
print(d.delegate == nil)
