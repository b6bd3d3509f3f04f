@testable import QuothAnalysis

extension HTMLDocument {
  /// The elements (with their attributes when `attributes`) and texts in document order,
  /// one a line, each indented by its depth: what the HTML tests compare.
  func outline(attributes: Bool = false) -> [String] {
    var lines: [String] = []
    func walk(_ node: Int, depth: Int) {
      let current = nodes[node]
      let indent = String(repeating: " ", count: depth)
      if current.isText {
        lines.append(indent + "'" + String(cString: text(of: node)) + "'")
        return
      }
      var line = indent + "\(current.tag)"
      if attributes {
        for (name, value) in self.attributes(of: node) {
          line += " \(String(cString: name))=\(String(cString: value))"
        }
      }
      lines.append(line)
      var child = node + 1
      while child < Int(current.end) {
        walk(child, depth: depth + 1)
        child = Int(nodes[child].end)
      }
    }
    walk(root, depth: 0)
    return lines
  }
}
