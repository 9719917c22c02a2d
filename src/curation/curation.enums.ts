import { registerEnumType } from 'type-graphql';
import { describeValues } from '../graph/shared/enums.js';

/** Closed vocabularies of curated entities (the seed's values), so a typo is refused, not stored. */
export enum CompanyRole { MINER = 'MINER', SEPARATOR = 'SEPARATOR', METAL_MAKER = 'METAL_MAKER', MAGNET_MAKER = 'MAGNET_MAKER', COMPONENT_MAKER = 'COMPONENT_MAKER', OEM = 'OEM', ASSOCIATION = 'ASSOCIATION' }
export enum FacilityKind { MINE = 'MINE', SEPARATION = 'SEPARATION', REFINERY = 'REFINERY', METAL_PLANT = 'METAL_PLANT', MAGNET_PLANT = 'MAGNET_PLANT', ASSEMBLY_PLANT = 'ASSEMBLY_PLANT' }
export enum FacilityStatus { OPERATING = 'OPERATING', PLANNED = 'PLANNED', UNDER_CONSTRUCTION = 'UNDER_CONSTRUCTION', IDLED = 'IDLED', CLOSED = 'CLOSED' }
export enum DisruptionKind { PRODUCTION_HALT = 'PRODUCTION_HALT', LINE_SHUTDOWN = 'LINE_SHUTDOWN', PRODUCTION_CUT = 'PRODUCTION_CUT', SHORTAGE_WARNING = 'SHORTAGE_WARNING', DELIVERY_DELAY = 'DELIVERY_DELAY', LICENCE_DELAY = 'LICENCE_DELAY', PRICE_SPIKE = 'PRICE_SPIKE' }
export enum PolicyKind { EXPORT_CONTROL = 'EXPORT_CONTROL', LICENSING = 'LICENSING', TARIFF = 'TARIFF', TRADE_AGREEMENT = 'TRADE_AGREEMENT', SUSPENSION = 'SUSPENSION', PROCUREMENT_RULE = 'PROCUREMENT_RULE', EXPORT_BAN = 'EXPORT_BAN' }
export enum ReportBasis { REPORTED = 'REPORTED', DERIVED = 'DERIVED' }


registerEnumType(CompanyRole, { name: 'CompanyRole', description: 'A role a company plays in the rare-earth chain.', valuesConfig: describeValues(CompanyRole, 'Role:') });
registerEnumType(FacilityKind, { name: 'FacilityKind', description: 'What a facility is.', valuesConfig: describeValues(FacilityKind, 'Kind:') });
registerEnumType(FacilityStatus, { name: 'FacilityStatus', description: 'The state of a facility.', valuesConfig: describeValues(FacilityStatus, 'Status:') });
registerEnumType(DisruptionKind, { name: 'DisruptionKind', description: 'What kind of disruption was recorded.', valuesConfig: describeValues(DisruptionKind, 'Kind:') });
registerEnumType(PolicyKind, { name: 'PolicyKind', description: 'What kind of policy it is.', valuesConfig: describeValues(PolicyKind, 'Kind:') });
registerEnumType(ReportBasis, {
  name: 'ReportBasis',
  description: 'Where a curated trade figure comes from (COMPUTED values are the API\'s own and cannot be written).',
  valuesConfig: {
    REPORTED: { description: 'Stated by the source as given.' },
    DERIVED: { description: 'Arithmetic on reported figures done by the curator; the note must give the arithmetic.' },
  },
});
