import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context.js';
import { Figure } from './figure.type.js';
import { figure, type FigureValue } from './figure.js';
import { ValueBasis } from './enums.js';
import type { NodeRow } from './loaders.js';
import { Facility } from '../facility/facility.type.js';
import { ProductionStat } from '../production-stat/production-stat.type.js';
import { Disruption } from '../disruption/disruption.type.js';
import { TradeReport } from '../trade-report/trade-report.type.js';

/** Numbers stored on a node, offered together with their provenance (the node's own sources). */
const own = (node: NodeRow, unit: string) => ({ unit, basis: ValueBasis.REPORTED, ownerId: node.id, confidence: node.confidence, note: node.note });

@Resolver(() => Facility)
export class FacilityFiguresResolver {
  @FieldResolver(() => Figure, { nullable: true, description: 'Capacity with its unit, sources and confidence.' })
  capacity(@Root() facility: NodeRow): FigureValue | null {
    return figure(facility.capacityTonnesPerYear, own(facility, facility.capacityUnit ?? 't/yr'));
  }
}

@Resolver(() => ProductionStat)
export class ProductionStatFiguresResolver {
  @FieldResolver(() => Figure, { nullable: true, description: 'The tonnage with its sources and confidence.' })
  quantity(@Root() stat: NodeRow): FigureValue | null {
    return figure(stat.quantityTonnes, own(stat, stat.basis ? `t ${stat.basis}` : 't'));
  }

  @FieldResolver(() => Figure, { nullable: true, description: 'The share of world output with its sources and confidence.' })
  share(@Root() stat: NodeRow): FigureValue | null {
    return figure(stat.sharePct, own(stat, '%'));
  }
}

@Resolver(() => Disruption)
export class DisruptionFiguresResolver {
  @FieldResolver(() => Figure, { nullable: true, description: 'The duration in days with its sources, where a source states one.' })
  duration(@Root() disruption: NodeRow): FigureValue | null {
    return figure(disruption.durationDays, own(disruption, 'days'));
  }
}

@Resolver(() => TradeReport)
export class TradeReportFiguresResolver {
  @FieldResolver(() => Figure, { nullable: true, description: 'The reported quantity in tonnes with its source and basis.' })
  quantity(@Root() report: NodeRow): FigureValue | null {
    return figure(report.quantityTonnes, { ...own(report, 't'), basis: report.basis });
  }

  @FieldResolver(() => Figure, { nullable: true, description: 'The month-on-month change in percent as the source states it (REPORTED).' })
  reportedMomChange(@Root() report: NodeRow): FigureValue | null {
    return figure(report.reportedMomChangePct, own(report, '%'));
  }

  @FieldResolver(() => Figure, { nullable: true, description: 'The year-on-year change in percent as the source states it (REPORTED).' })
  reportedYoyChange(@Root() report: NodeRow): FigureValue | null {
    return figure(report.reportedYoyChangePct, own(report, '%'));
  }
}
