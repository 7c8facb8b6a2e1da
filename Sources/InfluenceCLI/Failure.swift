import ArgumentParser
import InfluenceGraphviz
import InfluenceRender
import InfluenceSerialization

/// Why a command failed, and so its exit code: the one mapping from errors to a message on
/// standard error and an exit status (DESIGN.md: 1 invalid input or I/O failure, 3 rendering
/// failed, 64 usage error — argument-parser's `ValidationError`).
enum Failure: Error {
    /// Invalid input or I/O failure (exit 1); the message names the file.
    case input(String)
    /// Rendering failed (exit 3); the message names the file.
    case render(String)

    /// Prints the message of any error a command body throws and gives the exit code to end
    /// with. `ExitCode` passes through to argument-parser unchanged; a `ValidationError` is printed
    /// as `Error: MESSAGE` and ends with exit 64.
    static func exit(for error: any Error, subject: String) -> any Error {
        switch error {
        case let code as ExitCode: return code
        case let usage as ValidationError:
            // From a command's body (a name the file does not have): argument-parser would add the
            // root command's usage line, which names no command; the message alone, exit 64.
            Console.error("Error: \(usage.message)")
            return ExitCode.validationFailure
        case Failure.input(let message):
            Console.error(message)
            return ExitCode.failure
        case Failure.render(let message):
            Console.error(message)
            return ExitCode(3)
        case let read as ReadError:
            Console.error(read.description)
            return ExitCode.failure
        case let write as WriteError:
            Console.error(write.description)
            return ExitCode.failure
        case RenderError.dotTooLarge(let nodes, let edges):
            Console.error("\(subject): \(nodes) nodes and \(edges) edges are too many for dot to lay out in reasonable time (minutes to hours); use --engine sfdp, or --force to wait")
            return ExitCode(3)
        case let render as RenderError:
            Console.error("\(subject): \(render)")
            return ExitCode(3)
        case let graphviz as GraphvizError:
            Console.error("\(subject): \(graphviz)")
            return ExitCode(3)
        default:
            Console.error("\(subject): \(error)")
            return ExitCode.failure
        }
    }
}

extension ParsableCommand {
    /// Runs a command's body with the one error mapping of ``Failure``.
    func reporting(_ subject: String, _ body: () throws -> Void) throws {
        do { try body() } catch { throw Failure.exit(for: error, subject: subject) }
    }
}
