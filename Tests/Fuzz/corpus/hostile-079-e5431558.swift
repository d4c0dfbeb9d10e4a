let s = "\u{1F600}\u{202E}abc"
s.count
