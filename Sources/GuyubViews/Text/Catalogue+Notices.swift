extension Catalogue {
    /// The notice shown after an action, from the code the action left (`code` or `code:count`).
    package func notice(code: String) -> Notice? {
        switch code {
        case "member_registered": Notice(.success, pick("Calon anggota terdaftar.", "Applicant registered."))
        case "member_updated": Notice(.success, pick("Data anggota disimpan.", "Member's details saved."))
        case "member_status_changed": Notice(.success, pick("Status anggota diubah.", "Member's status changed."))
        case "user_created": Notice(.success, pick("Pengguna ditambahkan.", "User added."))
        case "signed_out": Notice(.success, pick("Anda telah keluar.", "You have signed out."))
        default: nil
        }
    }
}
