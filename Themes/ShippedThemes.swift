/// The themes quoth ships, compiled into the program from the `.toml` files beside this
/// one: no resource folder to find at run time, and the monochrome fallback is the same
/// file the user can read.
public enum ShippedThemes {
  /// Each shipped theme's TOML text by theme name (the file name without `.toml`).
  public static let files: [String: String] = [
    "default": text(PackageResources.default_toml),
    "gruvbox": text(PackageResources.gruvbox_toml),
    "light": text(PackageResources.light_toml),
    "monochrome": text(PackageResources.monochrome_toml),
    "solarized-dark": text(PackageResources.solarized_dark_toml),
    "solarized-light": text(PackageResources.solarized_light_toml),
  ]

  private static func text(_ bytes: [UInt8]) -> String { String(decoding: bytes, as: UTF8.self) }
}
