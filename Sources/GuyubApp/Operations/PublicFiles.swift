import Foundation
import Vapor

/// Where the stylesheet, icons and script are: in a `Public` folder beside the executable or one of the
/// folders above it (a build under `.build/…/debug/guyub` finds the repository's), else in the working
/// folder. So `guyub serve` run from any folder serves its pages styled.
enum PublicFiles {
    static let marker = "css/app.css"

    static func directory(
        executable: URL? = Bundle.main.executableURL,
        workingDirectory: String = FileManager.default.currentDirectoryPath
    ) -> String {
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

/// Serves the files under `Public` — only for addresses in its folders (`/css/…`, `/js/…`) and of a sane
/// length, so every other request goes straight to the routes (a 4 KB address once reached the file
/// system, which refused its name as too long, and the request failed).
struct PublicFilesMiddleware: AsyncMiddleware {
    let files: FileMiddleware
    let folders: [String]

    init(directory: String = PublicFiles.directory()) {
        files = FileMiddleware(publicDirectory: directory, defaultFile: nil)
        folders = ((try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? []).sorted().map { "/\($0)/" }
    }

    func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        let path = request.url.path
        guard [.GET, .HEAD].contains(request.method), path.utf8.count <= 200, folders.contains(where: path.hasPrefix) else {
            return try await next.respond(to: request)
        }
        return try await files.respond(to: request, chainingTo: next)
    }
}
