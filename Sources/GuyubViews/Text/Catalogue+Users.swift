extension Catalogue {
    package var usersTitle: String { pick("Pengguna dan peran", "Users and roles") }
    package var usersLead: String {
        pick(
            "Siapa saja yang dapat masuk ke Guyub, dan apa yang boleh mereka lakukan. Pengawas tidak boleh sekaligus pengurus.",
            "Who can sign in to Guyub, and what each may do. A supervisor cannot also sit on the board.")
    }
    package var addUser: String { pick("Tambah pengguna", "Add a user") }
    package var oneAccountHint: String {
        pick(
            "Satu orang, satu akun: bila e-mail ini sudah dipakai di koperasi lain, orang itu tetap masuk dengan kata sandinya sendiri dan kini juga dapat membuka koperasi ini.",
            "One person, one account: if this e-mail already signs in to another cooperative, that person keeps their own password and can now open this cooperative too."
        )
    }
    package var passwordHint: String {
        pick(
            "Paling sedikit 10 karakter. Sampaikan kepada yang bersangkutan secara langsung.",
            "At least 10 characters. Hand it to the person directly.")
    }
    package var memberNumberHint: String {
        pick(
            "Untuk peran anggota: nomor anggota yang datanya akan ia lihat.",
            "For the member role: the number of the member record they will see.")
    }
}
