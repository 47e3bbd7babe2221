import GuyubApp

await Guyub.main()
