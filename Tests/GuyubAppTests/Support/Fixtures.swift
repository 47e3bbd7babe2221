import Foundation

/// People with valid NIKs (Kabupaten Malang, 3507), for tests.
enum People {
    static var siti: [String: Any] {
        [
            "name": "Siti Aminah", "nik": "3507245012720001", "phone": "0812-3456-7890",
            "address": "Dusun Krajan RT 02/RW 01, Sukamaju", "birthDate": "1972-12-10", "gender": "female",
        ]
    }
    static var budi: [String: Any] {
        [
            "name": "Budi Santoso", "nik": "3507241208900002", "phone": "+62 813 9876 5432",
            "address": "Dusun Sumberejo RT 01/RW 03, Sukamaju",
        ]
    }
    static var joko: [String: Any] {
        [
            "name": "Joko Purnomo", "nik": "3507240101850003", "phone": "085712345678", "address": "Dusun Ngemplak",
        ]
    }
}
