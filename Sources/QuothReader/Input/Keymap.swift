/// Where keys are read: each context has its own bindings and falls back to the global ones.
public enum KeyContext: String, CaseIterable, Sendable {
  case global, article, pane, picker, prompt, list, view
}

/// Key bindings per context. Built from the command table's default keys, then
/// changed by the config file's `[keys]` section.
public struct Keymap: Sendable {
  private var bindings: [KeyContext: [Key: Command]] = [:]

  /// The default bindings: every command's default keys, in the global context.
  public static let standard: Keymap = {
    var map = Keymap()
    for command in Command.allCases {
      for key in command.defaultKeys { map.bind(key, to: command) }
    }
    return map
  }()

  public init() {}

  /// Binds `key` to `command` in `context`, replacing what the key did there.
  public mutating func bind(_ key: Key, to command: Command, in context: KeyContext = .global) {
    bindings[context, default: [:]][key] = command
  }

  /// Removes every global binding of `command` (before a config file rebinds it).
  public mutating func unbindAll(_ command: Command, in context: KeyContext = .global) {
    bindings[context] = bindings[context]?.filter { $0.value != command }
  }

  /// The command `key` runs in `context`, falling back to the global bindings.
  public func command(for key: Key, in context: KeyContext) -> Command? {
    bindings[context]?[key] ?? bindings[.global]?[key]
  }

  /// The keys that run `command` in the global context, in the command table's order first.
  public func keys(for command: Command, in context: KeyContext = .global) -> [Key] {
    let bound = bindings[context]?.filter { $0.value == command }.map(\.key) ?? []
    let preferred = command.defaultKeys.filter(bound.contains)
    let others = bound.filter { !preferred.contains($0) }.sorted { $0.name < $1.name }
    return preferred + others
  }
}
