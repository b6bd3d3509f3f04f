/// An article of a list as its source names it before it is read: a feed entry's address
/// and title.
public struct ListedArticle: Hashable, Sendable {
  public var source: String
  public var title: String?

  public init(source: String, title: String?) {
    self.source = source
    self.title = title
  }
}
