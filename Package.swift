// swift-tools-version: 6.1
import PackageDescription

let package = Package(
    name: "Guyub",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "guyub", targets: ["guyub"]),
        .executable(name: "guyub-bench", targets: ["guyub-bench"]),
    ],
    dependencies: [
        .package(url: "https://github.com/vapor/vapor.git", from: "4.122.3"),
        .package(url: "https://github.com/vapor/fluent.git", from: "4.13.0"),
        .package(url: "https://github.com/vapor/fluent-kit.git", from: "1.57.0"),
        .package(url: "https://github.com/vapor/fluent-sqlite-driver.git", from: "4.9.0"),
        .package(url: "https://github.com/vapor/fluent-postgres-driver.git", from: "2.14.0"),
        .package(url: "https://github.com/vapor/sql-kit.git", from: "3.36.0"),
        .package(url: "https://github.com/vapor/postgres-nio.git", from: "1.33.2"),
        .package(url: "https://github.com/vapor/console-kit.git", from: "4.16.2"),
        .package(url: "https://github.com/apple/swift-nio.git", from: "2.101.2"),
        .package(url: "https://github.com/apple/swift-log.git", from: "1.16.2"),
        .package(url: "https://github.com/apple/swift-crypto.git", "3.12.3"..<"5.0.0"),
        .package(url: "https://github.com/JohnSundell/Plot.git", from: "0.14.0"),
        .package(url: "https://github.com/swift-server/swift-prometheus.git", from: "2.4.1"),
        .package(url: "https://github.com/apple/swift-metrics.git", from: "2.13.0"),
        .package(url: "https://github.com/swiftcsv/SwiftCSV.git", from: "0.10.0"),
        .package(url: "https://github.com/x-sheep/swift-property-based.git", from: "2.0.1"),
        // The API description as typed values (OpenAPI 3.0); its external loading is not needed.
        .package(url: "https://github.com/mattpolzin/OpenAPIKit.git", from: "6.4.0", traits: []),
    ],
    targets: [
        // Pure rules and domain types: Foundation at most.
        .target(name: "GuyubCore"),
        // Storage: FluentKit and the two drivers, no Vapor.
        .target(
            name: "GuyubStore",
            dependencies: [
                "GuyubCore",
                .product(name: "FluentKit", package: "fluent-kit"),
                .product(name: "FluentSQLiteDriver", package: "fluent-sqlite-driver"),
                .product(name: "FluentPostgresDriver", package: "fluent-postgres-driver"),
                .product(name: "SQLKit", package: "sql-kit"),
                .product(name: "PostgresNIO", package: "postgres-nio"),
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOConcurrencyHelpers", package: "swift-nio"),
                .product(name: "Logging", package: "swift-log"),
            ]),
        // HTML pages: Plot only, no Vapor, no Fluent.
        .target(
            name: "GuyubViews",
            dependencies: [
                "GuyubCore",
                .product(name: "Plot", package: "Plot"),
            ]),
        // The Vapor glue.
        .target(
            name: "GuyubApp",
            dependencies: [
                "GuyubCore", "GuyubStore", "GuyubViews",
                .product(name: "Vapor", package: "vapor"),
                .product(name: "Fluent", package: "fluent"),
                .product(name: "SQLKit", package: "sql-kit"),
                .product(name: "ConsoleKit", package: "console-kit"),
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "NIOConcurrencyHelpers", package: "swift-nio"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "Prometheus", package: "swift-prometheus"),
                .product(name: "Metrics", package: "swift-metrics"),
                .product(name: "SwiftCSV", package: "SwiftCSV"),
                .product(name: "OpenAPIKit30", package: "OpenAPIKit"),
            ]),
        .executableTarget(name: "guyub", dependencies: ["GuyubApp"]),
        // Measures the core's engines for scripts/bench.
        .executableTarget(name: "guyub-bench", dependencies: ["GuyubCore"]),

        // Each database test's migrated database, copied from one migrated once per run.
        .target(
            name: "GuyubTestDatabase",
            dependencies: [
                "GuyubStore",
                .product(name: "FluentKit", package: "fluent-kit"),
                .product(name: "SQLKit", package: "sql-kit"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOPosix", package: "swift-nio"),
                .product(name: "Logging", package: "swift-log"),
            ],
            path: "Tests/GuyubTestDatabase"),
        .testTarget(
            name: "GuyubCoreTests",
            dependencies: [
                "GuyubCore",
                .product(name: "PropertyBased", package: "swift-property-based"),
            ]),
        .testTarget(
            name: "GuyubStoreTests",
            dependencies: [
                "GuyubCore", "GuyubStore", "GuyubTestDatabase",
                .product(name: "FluentKit", package: "fluent-kit"),
                .product(name: "FluentPostgresDriver", package: "fluent-postgres-driver"),
                .product(name: "SQLKit", package: "sql-kit"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOPosix", package: "swift-nio"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "PropertyBased", package: "swift-property-based"),
            ]),
        .testTarget(name: "GuyubViewsTests", dependencies: ["GuyubCore", "GuyubViews"]),
        .testTarget(
            name: "GuyubAppTests",
            dependencies: [
                "GuyubCore", "GuyubStore", "GuyubViews", "GuyubApp", "GuyubTestDatabase",
                .product(name: "VaporTesting", package: "vapor"),
                .product(name: "Fluent", package: "fluent"),
                .product(name: "FluentKit", package: "fluent-kit"),
                .product(name: "SQLKit", package: "sql-kit"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOPosix", package: "swift-nio"),
                .product(name: "OpenAPIKit30", package: "OpenAPIKit"),
                .product(name: "PropertyBased", package: "swift-property-based"),
            ], exclude: ["api-routes.txt"]),
    ]
)
