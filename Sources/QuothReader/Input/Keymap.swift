/// Where keys are read: each context has its own bindings and falls back to the global ones.
public enum KeyContext: String, CaseIterable, Sendable {
  case global, article, pane, picker, prompt, list, view
}

/// Key bindings per context. Built from the command table's default keys, then
/// changed by the config file's `[keys]` section.
public struct Keymap: Sendable {
  private var bindings: [KeyContext: [Key: Command]] = [:]
  /// Each command's keys in the order they were bound, so help and hints list them as
  /// written (kept beside `bindings`: the hints line asks for them on every frame).
  private var keysByCommand: [KeyContext: [Command: [Key]]] = [:]

  /// The default bindings: every command's default keys, in the global context.
  public static let standard: Keymap = {
    var map = Keymap()
    for command in Command.allCases {
      for key in command.defaultKeys { map.bind(key, to: command, in: command.defaultContext) }
    }
    return map
  }()

  public init() {}

  /// Binds `key` to `command` in `context`, replacing what the key did there.
  public mutating func bind(_ key: Key, to command: Command, in context: KeyContext = .global) {
    if let previous = bindings[context]?[key] {
      keysByCommand[context]?[previous]?.removeAll { $0 == key }
    }
    keysByCommand[context, default: [:]][command, default: []].append(key)
    bindings[context, default: [:]][key] = command
  }

  /// Removes every global binding of `command` (before a config file rebinds it).
  public mutating func unbindAll(_ command: Command, in context: KeyContext = .global) {
    bindings[context] = bindings[context]?.filter { $0.value != command }
    keysByCommand[context]?[command] = nil
  }

  /// The command `key` runs in `context`, falling back to the global bindings.
  public func command(for key: Key, in context: KeyContext) -> Command? {
    bindings[context]?[key] ?? bindings[.global]?[key]
  }

  /// The keys the help and hints show for `command`: those of the context its default
  /// keys are bound in, then the global ones.
  public func shownKeys(for command: Command) -> [Key] {
    let context = command.defaultContext
    return (context == .global ? [] : keys(for: command, in: context)) + keys(for: command)
  }

  /// The keys that run `command` in `context`, in the order they were bound.
  public func keys(for command: Command, in context: KeyContext = .global) -> [Key] {
    keysByCommand[context]?[command] ?? []
  }
}
