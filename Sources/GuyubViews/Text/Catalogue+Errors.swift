import GuyubCore

extension Catalogue {
    /// The message for a domain error, in the user's language.
    package func message(for error: any DomainError) -> String {
        switch error {
        case let e as NIKError: nik(e)
        case let e as FieldError: field(e)
        case let e as MemberError: member(e)
        case let e as CredentialError: credential(e)
        case let e as RoleError:
            switch e {
            case .none: pick("Pilih paling sedikit satu peran.", "Choose at least one role.")
            case .boardAndSupervisor:
                pick(
                    "Pengawas tidak boleh sekaligus menjadi pengurus.",
                    "A supervisor cannot also sit on the board.")
            case .cannotLeaveBoardYourself:
                pick(
                    "Anda tidak dapat melepas peran pengurus Anda sendiri.",
                    "You cannot remove your own board role.")
            case .memberRecordRequired:
                pick(
                    "Peran anggota memerlukan nomor anggota yang akan dilihatnya.",
                    "The member role needs the number of the member's record.")
            case .memberAlreadyHasSignIn: pick("Anggota ini sudah memiliki akun masuk.", "This member already has a sign-in.")
            }
        case let e as SheetError: sheet(e)
        case let e as AccessError: generic(e.code)
        case let e as AmountError: amount(e)
        case let e as LedgerError: ledger(e)
        case let e as SavingsError: savings(e)
        case let e as LoanError: loan(e)
        case let e as SHUError: shu(e)
        case let e as YearEndError: yearEnd(e)
        case let e as MeetingError: meeting(e)
        case let e as StoreError: store(e)
        case let e as SupplyError: supply(e)
        case let e as ConsumerError: consumer(e)
        case let e as PartnershipError: partnership(e)
        case .empty as UploadError: pick("Berkas kosong.", "The file is empty.")
        case .tooLarge(let max) as UploadError:
            pick("Berkas paling besar \(max / 1_048_576) MB.", "The file may be at most \(max / 1_048_576) MB.")
        case .unsupportedType as UploadError:
            pick("Berkas harus foto (JPEG, PNG, WebP) atau PDF.", "The file must be a photo (JPEG, PNG, WebP) or a PDF.")
        case let e as QRISError: qris(e)
        case is PhoneError:
            pick(
                "Nomor HP tidak dikenali. Tulis seperti 0812-3456-7890 atau +62 812 3456 7890.",
                "Phone number not recognised. Write it like 0812-3456-7890 or +62 812 3456 7890.")
        default: generic(error.code)
        }
    }

    func nik(_ e: NIKError) -> String {
        switch e {
        case .spreadsheetNumber:
            pick(
                "NIK terbaca sebagai angka spreadsheet (mis. 3.51514E+15) dan digitnya hilang. Format kolom NIK sebagai teks lalu ketik ulang.",
                "The NIK was turned into a spreadsheet number (e.g. 3.51514E+15) and lost digits. Format the NIK column as text and type it again."
            )
        case .notDigits: pick("NIK hanya boleh berisi angka.", "A NIK holds digits only.")
        case .wrongLength(let n): pick("NIK harus 16 digit (tertulis \(n)).", "A NIK has 16 digits (this one has \(n)).")
        case .unknownProvince:
            pick("Dua digit pertama NIK bukan kode provinsi.", "The NIK's first two digits are not a province code.")
        case .unknownRegion:
            pick(
                "Kode kabupaten/kota atau kecamatan pada NIK tidak boleh 00.",
                "The NIK's regency or district code cannot be 00.")
        case .invalidBirthDate:
            pick(
                "Tanggal lahir pada NIK (digit 7–12) tidak ada di kalender.",
                "The birth date in the NIK (digits 7–12) is not a real date.")
        case .zeroSerial:
            pick(
                "Nomor urut NIK (4 digit terakhir) tidak boleh 0000.",
                "The NIK's serial (last 4 digits) cannot be 0000.")
        case .genderMismatch:
            pick(
                "Jenis kelamin tidak cocok dengan NIK (tanggal lahir perempuan ditambah 40).",
                "The gender does not match the NIK (women's day of birth is plus 40).")
        case .birthDateMismatch: pick("Tanggal lahir tidak cocok dengan NIK.", "The birth date does not match the NIK.")
        }
    }

    /// A field refused on its own terms, named as `fieldName` names it.
    func field(_ e: FieldError) -> String { field(e, named: fieldName) }

    /// A field refused on its own terms, named in an area's words (`meetingField`, `loanField`), so one
    /// message serves every area and each keeps the names its users see on its forms.
    func field(_ e: FieldError, named name: (String) -> String) -> String {
        switch e {
        case .required(let field): pick("\(name(field)) wajib diisi.", "\(name(field)) is required.")
        case .tooLong(let field, let max):
            pick(
                "\(name(field)) paling panjang \(max) karakter.",
                "\(name(field)) can be at most \(max) characters.")
        case .invalidDate(let field):
            pick(
                "\(name(field)) tidak dapat dibaca. Tulis tanggal seperti 05/08/2026.",
                "\(name(field)) cannot be read. Write the date like 05/08/2026 (day first).")
        case .invalidTime:
            pick("Jam tidak dapat dibaca. Tulis seperti 13.30.", "The time cannot be read. Write it like 13:30.")
        case .invalidChoice(let field):
            // Not "Pilihan X": the meetings' vote is itself named "Pilihan suara".
            pick("\(name(field)) tidak dikenali.", "That \(name(field)) is not one of the choices.")
        }
    }

    func member(_ e: MemberError) -> String {
        switch e {
        case .field(let e): field(e)
        case .nik(let e): nik(e)
        case .phone(let e): message(for: e)
        case .nikTaken: pick("NIK ini sudah terdaftar di koperasi.", "This NIK is already registered in the cooperative.")
        case .notFound: pick("Anggota tidak ditemukan.", "Member not found.")
        case .invalidTransition(let from, let to):
            pick(
                "Status \(status(from)) tidak dapat diubah menjadi \(status(to)).",
                "Status \(status(from)) cannot change to \(status(to)).")
        case .dateInFuture: pick("Tanggal tidak boleh setelah hari ini.", "The date cannot be after today.")
        case .dateBeforeLastChange:
            pick(
                "Tanggal tidak boleh sebelum perubahan status terakhir.",
                "The date cannot precede the last status change.")
        }
    }

    func credential(_ e: CredentialError) -> String {
        switch e {
        case .invalidEmail: pick("Alamat e-mail tidak valid.", "That e-mail address is not valid.")
        case .weakPassword(.tooShort):
            pick(
                "Kata sandi paling sedikit \(PasswordPolicy.minimumLength) karakter.",
                "A password needs at least \(PasswordPolicy.minimumLength) characters.")
        case .weakPassword(.tooLong):
            pick(
                "Kata sandi paling panjang \(PasswordPolicy.maximumBytes) bita (huruf biasa satu bita, huruf beraksen dua).",
                "A password is at most \(PasswordPolicy.maximumBytes) bytes (a plain letter is one, an accented letter two).")
        case .weakPassword(.tooCommon):
            pick(
                "Kata sandi ini terlalu umum dan mudah ditebak.",
                "That password is too common and easy to guess.")
        case .weakPassword(.containsEmail):
            pick(
                "Kata sandi tidak boleh memuat alamat e-mail.",
                "The password cannot contain the e-mail address.")
        case .emailTaken: pick("E-mail ini sudah dipakai.", "That e-mail is already in use.")
        case .wrongCredentials: pick("E-mail atau kata sandi salah.", "Wrong e-mail or password.")
        case .tooManyAttempts(let seconds):
            pick(
                "Terlalu banyak percobaan masuk. Coba lagi dalam \(minutes(seconds)) menit.",
                "Too many sign-in attempts. Try again in \(minutes(seconds)) minutes.")
        case .signInRequired: pick("Silakan masuk terlebih dahulu.", "Please sign in first.")
        case .sessionExpired:
            pick("Sesi Anda telah berakhir. Silakan masuk lagi.", "Your session has ended. Please sign in again.")
        case .csrfMismatch:
            pick(
                "Formulir sudah kedaluwarsa. Muat ulang halaman lalu coba lagi.",
                "The form has expired. Reload the page and try again.")
        }
    }

    func sheet(_ e: SheetError) -> String {
        switch e {
        case .missingColumns(let columns):
            pick(
                "Kolom berikut tidak ditemukan di baris judul: \(columns.map(columnName).joined(separator: ", ")).",
                "These columns are missing from the header row: \(columns.map(columnName).joined(separator: ", ")).")
        case .missingAllocationColumns(let columns):
            pick(
                "Kolom berikut tidak ditemukan di baris judul: \(columns.map(columnName).joined(separator: ", ")).",
                "These columns are missing from the header row: \(columns.map(columnName).joined(separator: ", ")).")
        case .empty: pick("Berkas kosong.", "The file is empty.")
        case .unreadable: pick("Berkas tidak dapat dibaca sebagai CSV (UTF-8).", "The file cannot be read as CSV (UTF-8).")
        }
    }

    /// Why one row of an imported sheet was skipped or refused.
    package func reason(_ problem: SheetProblem) -> String {
        switch problem {
        case .member(let e): member(e)
        case .unreadableDate(let column, let text):
            pick(
                "\(columnName(column)) \"\(text)\" tidak terbaca sebagai tanggal (tulis 05/08/1968 atau 5 Agustus 1968).",
                "\(columnName(column)) \"\(text)\" is not a readable date (write 05/08/1968 or 5 August 1968).")
        case .unreadableGender(let text):
            pick(
                "Jenis kelamin \"\(text)\" tidak dikenali (tulis L atau P).", "Gender \"\(text)\" not recognised (write L or P).")
        case .duplicateInSheet(let first):
            pick("NIK sama dengan baris \(first).", "Same NIK as line \(first).")
        case .nik(let e): nik(e)
        case .quantity(let e): pick("Alokasi: ", "Allocation: ") + store(e)
        case .alreadyRegistered(let number):
            pick("Sudah terdaftar sebagai anggota no. \(number).", "Already registered as member no. \(number).")
        }
    }

    package func columnName(_ column: MemberSheet.Column) -> String {
        switch column {
        case .name: pick("Nama", "Name")
        case .nik: "NIK"
        case .phone: pick("No. HP", "Phone")
        case .address: pick("Alamat", "Address")
        case .birthPlace: pick("Tempat lahir", "Birth place")
        case .birthDate: pick("Tgl lahir", "Birth date")
        case .birthPlaceAndDate: pick("Tempat/Tgl lahir", "Place/date of birth")
        case .gender: pick("L/P", "Gender")
        case .joinedOn: pick("Tgl masuk", "Joined on")
        }
    }

    package func columnName(_ column: AllocationSheet.Column) -> String {
        switch column {
        case .nik: "NIK"
        case .name: pick("Nama petani", "Farmer's name")
        case .quantity: pick("Alokasi", "Allocation")
        }
    }

    /// The name of an input field, as error messages say it.
    package func fieldName(_ field: String) -> String {
        switch field {
        case "name": pick("Nama", "Name")
        case "nik": "NIK"
        case "phone": pick("Nomor HP", "Phone number")
        case "address": pick("Alamat", "Address")
        case "birthPlace": pick("Tempat lahir", "Birth place")
        case "birthDate": pick("Tanggal lahir", "Birth date")
        case "gender": pick("Jenis kelamin", "Gender")
        case "email": "E-mail"
        case "password": pick("Kata sandi", "Password")
        case "status": "Status"
        case "date": pick("Tanggal", "Date")
        case "reason": pick("Keterangan", "Reason")
        case "roles": pick("Peran", "Roles")
        case "memberNumber": pick("Nomor anggota", "Member number")
        case "from": pick("Tanggal awal", "Start date")
        case "to": pick("Tanggal akhir", "End date")
        case "month": pick("Bulan", "Month")
        case "memberId": pick("Anggota", "Member")
        case "fromMemberId": pick("Anggota pengirim", "Sending member")
        case "toMember", "toMemberId": pick("Anggota penerima", "Receiving member")
        case "kind": pick("Jenis", "Kind")
        case "format": pick("Format", "Format")
        case "segment": pick("Jenis usaha", "Business segment")
        case "type": pick("Jenis akun", "Account type")
        case "wajibClass": pick("Golongan simpanan wajib", "Mandatory savings class")
        case "borrowerName": pick("Nama peminjam", "Borrower's name")
        case "note": pick("Catatan", "Note")
        case "amount": pick("Jumlah", "Amount")
        case "description": pick("Uraian", "Description")
        case "accountId": pick("Akun", "Account")
        case "lines": pick("Baris jurnal", "Journal lines")
        case "termMonths": pick("Jangka waktu", "Term")
        case "channel": pick("Cara bayar", "Channel")
        case "page": pick("Halaman", "Page")
        case "unit": pick("Unit usaha", "Business unit")
        case "code": pick("Kode", "Code")
        // A field this page has no name for is named by where it is, never by its code.
        default: pick("Isian ini", "This field")
        }
    }

    /// Messages for errors that come from the web layer rather than a rule.
    package func generic(_ code: String) -> String {
        switch code {
        case "not_found": pick("Yang Anda cari tidak ada.", "What you are looking for does not exist.")
        case "forbidden": pick("Peran Anda tidak mengizinkan tindakan ini.", "Your role does not allow this.")
        case "invalid_body": pick("Isi permintaan tidak dapat dibaca.", "The request body cannot be read.")
        case "invalid_field": pick("Isian tidak valid.", "A field is not valid.")
        case "idempotency_key_reused":
            pick(
                "Idempotency-Key ini sudah dipakai untuk permintaan lain.",
                "This Idempotency-Key was already used for a different request.")
        case "payload_too_large": pick("Berkas atau isi permintaan terlalu besar.", "The file or request body is too large.")
        case "method_not_allowed": pick("Metode ini tidak didukung di alamat ini.", "This method is not supported here.")
        case "unsupported_media_type": pick("Jenis isi tidak didukung; kirim JSON.", "Unsupported content type; send JSON.")
        case "confirmation_required": pick("Centang kotak konfirmasi untuk melanjutkan.", "Tick the confirmation box to go on.")
        case "unknown_recipient": pick("Nomor anggota penerima tidak ditemukan.", "No member has that number.")
        case "busy": pick("Sistem sedang sibuk. Coba lagi sebentar.", "The system is busy. Try again shortly.")
        default:
            pick(
                "Terjadi kesalahan pada sistem. Coba lagi; jika berulang, hubungi pengurus.",
                "Something went wrong on our side. Try again; if it keeps happening, tell the board.")
        }
    }

    private func minutes(_ seconds: Int) -> Int { max(1, (seconds + 59) / 60) }
}

/// A form sent again from a page kept from before.
extension Catalogue {
    package var formAlreadySentTitle: String { pick("Formulir ini sudah dikirim", "This form was already sent") }
    package var formAlreadySentDone: String {
        pick(
            "Pengiriman pertamanya sudah tercatat, dan itulah yang berlaku.",
            "Its first sending was recorded, and that is what stands.")
    }
    package var formAlreadySentRefused: String {
        pick(
            "Pengiriman pertamanya ditolak, dan tidak ada yang tercatat.",
            "Its first sending was refused, and nothing was recorded.")
    }
    package var formAlreadySentNotSent: String {
        pick(
            "Isian yang Anda ubah sesudahnya belum dikirim. Buka formulirnya lagi untuk mengirim yang baru.",
            "What you changed after that was not sent. Open the form again to send it anew.")
    }
    package var seeWhatWasRecorded: String { pick("Lihat yang tercatat", "See what was recorded") }
    package var backToTheForm: String { pick("Kembali ke formulir", "Back to the form") }
}
