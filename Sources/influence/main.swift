import InfluenceCLI

InfluenceCommand.main()
