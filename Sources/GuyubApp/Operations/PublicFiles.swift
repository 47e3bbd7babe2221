import Foundation

/// Where the stylesheet, icons and script are: in a `Public` folder beside the executable or one of the
/// folders above it (a build under `.build/…/debug/guyub` finds the repository's), else in the working
/// folder. So `guyub serve` run from any folder serves its pages styled.
enum PublicFiles {
    static let marker = "css/app.css"

    static func directory(executable: URL? = Bundle.main.executableURL,
                          workingDirectory: String = FileManager.default.currentDirectoryPath) -> String {
        var folder = executable?.resolvingSymlinksInPath().deletingLastPathComponent()
        while let current = folder, current.path != "/" {
            let candidate = current.appendingPathComponent("Public")
            if FileManager.default.fileExists(atPath: candidate.appendingPathComponent(marker).path) {
                return candidate.path + "/"
            }
            folder = current.deletingLastPathComponent()
        }
        return URL(fileURLWithPath: workingDirectory).appendingPathComponent("Public").path + "/"
    }
}
