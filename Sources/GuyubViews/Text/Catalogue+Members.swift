import GuyubCore

extension Catalogue {
    package func status(_ status: MemberStatus) -> String {
        switch status {
        case .applicant: pick("Calon anggota", "Applicant")
        case .member: pick("Anggota", "Member")
        case .rejected: pick("Ditolak", "Rejected")
        case .resigned: pick("Keluar", "Resigned")
        case .deceased: pick("Meninggal dunia", "Deceased")
        case .dismissed: pick("Diberhentikan", "Dismissed")
        }
    }

    package func gender(_ gender: Gender) -> String {
        switch gender {
        case .male: pick("Laki-laki", "Male")
        case .female: pick("Perempuan", "Female")
        }
    }

    package func role(_ role: Role) -> String {
        switch role {
        case .board: pick("Pengurus", "Board")
        case .supervisor: pick("Pengawas", "Supervisor")
        case .manager: pick("Manajer", "Manager")
        case .teller: pick("Kasir", "Teller")
        case .staff: pick("Staf", "Staff")
        case .member: pick("Anggota", "Member")
        case .consumer: pick("Konsumen", "Consumer")
        case .partner: pick("Mitra", "Partner")
        }
    }
}
