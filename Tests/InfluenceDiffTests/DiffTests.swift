import Foundation
import InfluenceDiff
import InfluenceGraph
import InfluenceIO
import Testing

