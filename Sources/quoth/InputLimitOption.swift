import ArgumentParser
import QuothAnalysis
import QuothReader

/// `--max-input-size`: the largest input quoth reads (also `max-input-size` in the config).
struct InputLimitOption: ParsableArguments {
  @Option(
    name: .customLong("max-input-size"),
    help: ArgumentHelp(
      "Refuse inputs larger than this, e.g. 512M or 2G (default: the config's, else 256M).",
      valueName: "SIZE"))
  var maxInputSize: String?

  func validate() throws {
    if let maxInputSize, InputLimits.byteCount(maxInputSize) == nil {
      throw ValidationError(
        "--max-input-size takes a size up to 2G such as 512M, not “\(maxInputSize)”")
    }
  }

  /// The limits in force: this option's size, else the config's, else the default.
  func limits(config: ReaderConfig) -> InputLimits {
    InputLimits(
      maxBytes: maxInputSize.flatMap(InputLimits.byteCount) ?? config.maxInputSize
        ?? InputLimits.standardMaxBytes)
  }
}
