import Foundation
import XCTest

/// Runs the built `dossier` binary as a user would (DOSSIER_BIN overrides where it is).
struct DossierProcess {
    struct Result {
        let status: Int32
        let stdout: String
        let stderr: String
    }

    static var binary: String {
        if let path = ProcessInfo.processInfo.environment["DOSSIER_BIN"] { return path }
        let here = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath()
        var folder = here.deletingLastPathComponent()
        if folder.lastPathComponent.hasSuffix(".xctest") { folder.deleteLastPathComponent() }
        return folder.appendingPathComponent("dossier").path
    }

    /// The repository this test run was built from.
    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    /// A private HOME so a developer's ~/.dossierrc.lua and history stay out of the tests.
    static let home: String = {
        let path = NSTemporaryDirectory() + "dossier-home-\(getpid())"
        try? FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }()

    static func run(_ arguments: [String], stdin: String = "", environment: [String: String] = [:],
                    in directory: String? = nil) throws -> Result {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: binary)
        process.arguments = arguments
        var env = ProcessInfo.processInfo.environment.filter { !$0.key.hasPrefix("LUA_") }
        env["HOME"] = home
        env.merge(environment) { $1 }
        process.environment = env
        if let directory { process.currentDirectoryURL = URL(fileURLWithPath: directory) }
        // stdin and stderr go through files, stdout through a pipe read to its end: no deadlock.
        let scratch = try temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: scratch) }
        try stdin.write(toFile: scratch + "/stdin", atomically: false, encoding: .utf8)
        FileManager.default.createFile(atPath: scratch + "/stderr", contents: nil)
        process.standardInput = FileHandle(forReadingAtPath: scratch + "/stdin")
        process.standardError = FileHandle(forWritingAtPath: scratch + "/stderr")
        let output = Pipe()
        process.standardOutput = output
        try process.run()
        let outputData = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        let errorData = FileManager.default.contents(atPath: scratch + "/stderr") ?? Data()
        return Result(status: process.terminationStatus,
                      stdout: String(decoding: outputData, as: UTF8.self),
                      stderr: String(decoding: errorData, as: UTF8.self))
    }

    /// A fresh folder for files a test writes.
    static func temporaryFolder() throws -> String {
        let path = NSTemporaryDirectory() + "dossier-test-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }
}
