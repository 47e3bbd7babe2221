/// A responsibility matrix (RACI): for each task, what each party is to it. Every task has exactly one
/// party accountable, so that someone answers for it.
package enum Responsibility: String, Codable, Sendable, CaseIterable {
    case responsible = "R"
    case accountable = "A"
    case consulted = "C"
    case informed = "I"
}

package struct ResponsibilityTask: Sendable, Equatable, Codable {
    package var task: String
    /// Party (the cooperative, the partner, or another named party) to what they are to the task.
    package var parties: [String: Responsibility]

    package init(task: String, parties: [String: Responsibility]) {
        self.task = task
        self.parties = parties
    }
}

package enum ResponsibilityMatrix {
    package static let maxTasks = 50

    /// The matrix as sent, checked: tasks named (each once), parties named, letters R, A, C or I, and
    /// exactly one A a task.
    package static func checked(_ rows: [(task: String?, parties: [String: String]?)]) throws(PartnershipError)
        -> [ResponsibilityTask]
    {
        guard !rows.isEmpty else { throw .field(.required("tasks")) }
        guard rows.count <= maxTasks else { throw .field(.tooLong("tasks", maxTasks)) }
        var tasks: [ResponsibilityTask] = []
        for row in rows {
            let task: String
            do { task = try FieldRules.required(row.task, field: "task", max: FieldLimit.name) } catch { throw .field(error) }
            guard !tasks.contains(where: { $0.task.lowercased() == task.lowercased() }) else { throw .taskRepeated(task) }
            var parties: [String: Responsibility] = [:]
            for (party, letter) in row.parties ?? [:] {
                let name: String
                do { name = try FieldRules.required(party, field: "parties", max: FieldLimit.name) } catch { throw .field(error) }
                guard let responsibility = Responsibility(rawValue: letter.uppercased()) else {
                    throw .field(.invalidChoice("parties"))
                }
                parties[name] = responsibility
            }
            guard parties.values.filter({ $0 == .accountable }).count == 1 else { throw .accountableRequired(task) }
            tasks.append(ResponsibilityTask(task: task, parties: parties))
        }
        return tasks
    }
}
