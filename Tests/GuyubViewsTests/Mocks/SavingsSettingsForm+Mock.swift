import Foundation
import GuyubCore
import GuyubViews

extension SavingsSettingsForm.Model {
    package static let mock: Self = {
        var v = Values()
        v.pokokAmount = "50000"
        v.wajibAmount = "10000"
        v.wajibClasses = "pegawai = 20000"
        v.sukarelaRate = "3"
        v.sukarelaMinimum = "10000"
        v.terms = "3 = 4.5\n6 = 5\n12 = 5.5"
        v.earlyBreakPenalty = "1"
        v.interestTaxThreshold = "240000"
        v.interestTaxRate = "10"
        v.counterLimit = "500000000"
        return Self(values: v, canEdit: true)
    }()
}
