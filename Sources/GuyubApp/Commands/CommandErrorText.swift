import ConsoleKit
import GuyubCore
import GuyubStore
import GuyubViews

extension Catalogue {
    /// What a command prints when it fails: the app's own words for a rule it broke, a mistyped command
    /// or option, or a setting it cannot use; anything unforeseen with its detail.
    func commandError(_ error: any Error) -> String {
        switch error {
        case let e as any DomainError:
            return message(for: e)
        case let e as CommandError:
            switch e {
            case .missingCommand: return commandUnknown("")
            case .unknownCommand(let command, _): return commandUnknown(command)
            case .missingRequiredArgument(let name): return commandMissingArgument(name)
            case .invalidArgumentType(let name, _), .invalidOptionType(let name, _): return commandInvalidValue(name)
            case .unknownInput(let input): return commandUnknownInput(input)
            }
        case let e as ConfigError:
            switch e.expected {
            case .number(let range): return settingOutOfRange(e.variable, range.lowerBound, range.upperBound)
            case .hexKey: return auditKeyUnreadable
            }
        case let e as AuditSealError:
            switch e {
            case .notConfigured: return commandFailed("audit key")
            case .unreadable(let path): return auditKeyFileUnreadable(path)
            }
        case let e as DatabaseLocationError:
            return databaseURLUnsupported(e.prefix)
        default:
            return commandFailed(String(describing: error))
        }
    }
}
