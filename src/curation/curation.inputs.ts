import { Field, Float, ID, InputType } from 'type-graphql';
import { ArrayMaxSize, IsIn, IsNumber, IsOptional, IsUrl, Length, MaxLength, Min, ValidateNested } from 'class-validator';
import { Confidence } from '../graph/shared/enums.js';
import { CompanyRole, DisruptionKind, FacilityKind, FacilityStatus, PolicyKind, ReportBasis } from './curation.enums.js';
import { LinkType } from './link-types.js';
import { IsAnyGlobalId, IsCalendarDate, IsGlobalId, IsIso3, IsMonth } from './validators.js';

/**
 * Inputs of the curation mutations. Upserts: fields left out keep their stored value; a list of
 * links, when given, becomes exactly the node's links of that kind. Every fact names its source:
 * `sourceIds` (existing sources) and/or `newSource` (created in the same transaction).
 */
const TEXT = { message: 'text of at most $constraint1 characters' };
const NAME = { message: 'a name of 1 to $constraint2 characters' };
const NOT_NEGATIVE = { message: 'a number not below 0' };
const FINITE = { message: 'a finite number' };
const IDS = { message: 'at most $constraint1 ids' };

@InputType({ description: 'A new source, created in the same transaction as the facts that cite it (or alone by upsertSource).' })
export class SourceInput {
  @Field(() => ID, { nullable: true, description: 'Its id ("source:<key>"). Default: the source with the same URL if one exists, else an id derived from the URL or title.' })
  @IsOptional() @IsGlobalId('source') id?: string;

  @Field(() => String, { description: 'Title of the publication.' }) @Length(1, 300, NAME) title: string;
  @Field(() => String, { nullable: true, description: 'Who published it, e.g. "Reuters".' }) @IsOptional() @MaxLength(200, TEXT) publisher?: string;
  @Field(() => String, { nullable: true, description: 'Where it can be read (http or https).' })
  @IsOptional() @MaxLength(1000, TEXT) @IsUrl({ protocols: ['http', 'https'], require_protocol: true }, { message: 'an http(s) URL' }) url?: string;
  @Field(() => String, { nullable: true, description: 'Publication date, YYYY-MM-DD (or YYYY-MM).' }) @IsCalendarDate() publishedOn?: string;
  @Field(() => String, { nullable: true, description: 'The primary source it relays, e.g. "GACC via Global Times".' }) @IsOptional() @MaxLength(300, TEXT) citing?: string;
  @Field(() => Confidence, { nullable: true, description: 'How reliable the outlet is as cited.' }) reliability?: Confidence;
  @Field(() => String, { nullable: true, description: "A curator's note." }) @IsOptional() @MaxLength(2000, TEXT) note?: string;
}

/** Fields every curated fact carries: provenance and the curator's assessment. */
@InputType('FactInput', { description: 'Provenance fields shared by every curated fact (a base type; not used directly).' })
export abstract class FactInput {
  @Field(() => [ID], { nullable: true, description: 'Ids of existing sources that state the facts (at most 20).' })
  @IsOptional() @ArrayMaxSize(20, IDS) @IsGlobalId('source', { each: true }) sourceIds?: string[];

  @Field(() => SourceInput, { nullable: true, description: 'A new source that states the facts, created in the same transaction.' })
  @IsOptional() @ValidateNested() newSource?: SourceInput;

  @Field(() => Confidence, { nullable: true, description: 'How sure the curator is of the facts.' }) confidence?: Confidence;
  @Field(() => String, { nullable: true, description: "A curator's note: caveats, arithmetic, why confidence is not HIGH." }) @IsOptional() @MaxLength(2000, TEXT) note?: string;
  @Field(() => String, { nullable: true, description: 'A short quote from the source stating the facts.' }) @IsOptional() @MaxLength(2000, TEXT) evidence?: string;
}

@InputType({ description: 'A company to create or update (by id).' })
export class CompanyInput extends FactInput {
  @Field(() => ID, { description: 'Its id, "company:<key>" (e.g. "company:ford").' }) @IsGlobalId('company') id: string;
  @Field(() => String, { nullable: true, description: 'Display name (required when creating).' }) @IsOptional() @Length(1, 200, NAME) name?: string;
  @Field(() => [String], { nullable: true, description: 'Other names (at most 20).' }) @IsOptional() @ArrayMaxSize(20, IDS) @Length(1, 200, { ...NAME, each: true }) aliases?: string[];
  @Field(() => [CompanyRole], { nullable: true, description: 'Roles in the chain.' }) roles?: CompanyRole[];
  @Field(() => String, { nullable: true, description: 'ISO3 code of the country it is based in (BASED_IN).' }) @IsIso3() countryIso3?: string;
  @Field(() => String, { nullable: true, description: 'What the company does.' }) @IsOptional() @MaxLength(2000, TEXT) description?: string;
}

@InputType({ description: 'A facility to create or update (by id).' })
export class FacilityInput extends FactInput {
  @Field(() => ID, { description: 'Its id, "facility:<key>".' }) @IsGlobalId('facility') id: string;
  @Field(() => String, { nullable: true, description: 'Display name (required when creating).' }) @IsOptional() @Length(1, 200, NAME) name?: string;
  @Field(() => FacilityKind, { nullable: true, description: 'What it is (required when creating).' }) kind?: FacilityKind;
  @Field(() => String, { nullable: true, description: 'ISO3 code of the country it is in (LOCATED_IN).' }) @IsIso3() countryIso3?: string;
  @Field(() => String, { nullable: true, description: 'Town or region.' }) @IsOptional() @MaxLength(200, TEXT) location?: string;
  @Field(() => [ID], { nullable: true, description: 'Companies operating it (OPERATES); replaces the stored operators.' })
  @IsOptional() @ArrayMaxSize(20, IDS) @IsGlobalId('company', { each: true }) operatorIds?: string[];
  @Field(() => Float, { nullable: true, description: 'Capacity in tonnes per year, as the source gives it.' }) @IsOptional() @IsNumber({}, FINITE) @Min(0, NOT_NEGATIVE) capacityTonnesPerYear?: number;
  @Field(() => String, { nullable: true, description: 'What the capacity means ("nameplate", "target end-2025").' }) @IsOptional() @MaxLength(200, TEXT) capacityBasis?: string;
  @Field(() => String, { nullable: true, description: 'What the capacity counts ("t/yr NdFeB").' }) @IsOptional() @MaxLength(100, TEXT) capacityUnit?: string;
  @Field(() => FacilityStatus, { nullable: true, description: 'Its state.' }) status?: FacilityStatus;
  @Field(() => String, { nullable: true, description: 'When these facts were stated.' }) @IsCalendarDate() asOf?: string;
}

@InputType({ description: 'A disruption to create or update (by id), with what it hit.' })
export class DisruptionInput extends FactInput {
  @Field(() => ID, { description: 'Its id, "disruption:<key>".' }) @IsGlobalId('disruption') id: string;
  @Field(() => String, { nullable: true, description: 'Display title (required when creating).' }) @IsOptional() @Length(1, 300, NAME) title?: string;
  @Field(() => DisruptionKind, { nullable: true, description: 'What happened (required when creating).' }) kind?: DisruptionKind;
  @Field(() => String, { nullable: true, description: 'When it started.' }) @IsCalendarDate() startedOn?: string;
  @Field(() => String, { nullable: true, description: 'When it ended.' }) @IsCalendarDate() endedOn?: string;
  @Field(() => String, { nullable: true, description: 'What happened, in a sentence or two.' }) @IsOptional() @MaxLength(2000, TEXT) summary?: string;
  @Field(() => Float, { nullable: true, description: 'How long it lasted in days, only where the source states it.' }) @IsOptional() @IsNumber({}, FINITE) @Min(0, NOT_NEGATIVE) durationDays?: number;
  @Field(() => [ID], { nullable: true, description: 'Companies hit (HIT); replaces the stored list.' }) @IsOptional() @ArrayMaxSize(50, IDS) @IsGlobalId('company', { each: true }) companyIds?: string[];
  @Field(() => [ID], { nullable: true, description: 'Facilities where it happened (AT); replaces the stored list.' }) @IsOptional() @ArrayMaxSize(50, IDS) @IsGlobalId('facility', { each: true }) facilityIds?: string[];
  @Field(() => [ID], { nullable: true, description: 'Policies it is attributed to (ATTRIBUTED_TO); replaces the stored list.' }) @IsOptional() @ArrayMaxSize(20, IDS) @IsGlobalId('policy', { each: true }) policyIds?: string[];
  @Field(() => [ID], { nullable: true, description: 'Products whose lack caused it (LACKED); replaces the stored list.' }) @IsOptional() @ArrayMaxSize(20, IDS) @IsGlobalId('product', { each: true }) lackedProductIds?: string[];
}

@InputType({ description: 'A policy to create or update (by id).' })
export class PolicyInput extends FactInput {
  @Field(() => ID, { description: 'Its id, "policy:<key>".' }) @IsGlobalId('policy') id: string;
  @Field(() => String, { nullable: true, description: 'Title (required when creating).' }) @IsOptional() @Length(1, 300, NAME) title?: string;
  @Field(() => PolicyKind, { nullable: true, description: 'What kind of policy (required when creating).' }) kind?: PolicyKind;
  @Field(() => String, { nullable: true, description: 'Official reference, e.g. "MOFCOM Announcement No. 18 of 2025".' }) @IsOptional() @MaxLength(300, TEXT) reference?: string;
  @Field(() => String, { nullable: true, description: 'When it was announced.' }) @IsCalendarDate() announcedOn?: string;
  @Field(() => String, { nullable: true, description: 'When it took effect.' }) @IsCalendarDate() effectiveOn?: string;
  @Field(() => String, { nullable: true, description: 'When it ends or ended.' }) @IsCalendarDate() endsOn?: string;
  @Field(() => String, { nullable: true, description: 'What it does.' }) @IsOptional() @MaxLength(4000, TEXT) summary?: string;
  @Field(() => [String], { nullable: true, description: 'ISO3 codes of the issuing countries (ISSUED_BY); replaces the stored list.' }) @IsOptional() @ArrayMaxSize(10, IDS) @IsIso3({ each: true }) issuedByIso3?: string[];
}

@InputType({ description: "One source's report of one monthly trade flow. Repeating the same report changes nothing; another source's report is kept beside it." })
export class TradeReportInput {
  @Field(() => String, { description: 'ISO3 code of the exporting country.' }) @IsIso3() exporterIso3: string;
  @Field(() => String, { description: 'ISO3 code of the importing country (WLD for the world).' }) @IsIso3() importerIso3: string;
  @Field(() => ID, { description: 'The product traded, e.g. "product:rare-earth-permanent-magnet".' }) @IsGlobalId('product') productId: string;
  @Field(() => String, { description: 'The month, YYYY-MM.' }) @IsMonth() period: string;
  @Field(() => Float, { nullable: true, description: 'Quantity in metric tonnes as the source gives it.' }) @IsOptional() @IsNumber({}, FINITE) @Min(0, NOT_NEGATIVE) quantityTonnes?: number;
  @Field(() => Float, { nullable: true, description: 'Value in US dollars as the source gives it.' }) @IsOptional() @IsNumber({}, FINITE) @Min(0, NOT_NEGATIVE) valueUsd?: number;
  @Field(() => Float, { nullable: true, description: 'Month-on-month change in percent as the source states it.' }) @IsOptional() @IsNumber({}, FINITE) reportedMomChangePct?: number;
  @Field(() => Float, { nullable: true, description: 'Year-on-year change in percent as the source states it.' }) @IsOptional() @IsNumber({}, FINITE) reportedYoyChangePct?: number;
  @Field(() => Confidence, { nullable: true, description: 'How sure the curator is (default MEDIUM).' }) confidence?: Confidence;
  @Field(() => ReportBasis, { nullable: true, description: 'REPORTED (default) or DERIVED.' }) @IsOptional() @IsIn(['REPORTED', 'DERIVED'], { message: 'REPORTED or DERIVED' }) basis?: ReportBasis;
  @Field(() => String, { nullable: true, description: 'When the source published it, YYYY-MM-DD.' }) @IsCalendarDate() publishedOn?: string;
  @Field(() => String, { nullable: true, description: 'A short quote from the source stating the figure.' }) @IsOptional() @MaxLength(2000, TEXT) evidence?: string;
  @Field(() => ID, { nullable: true, description: 'The existing source that reports it (or give newSource).' }) @IsOptional() @IsGlobalId('source') sourceId?: string;
  @Field(() => SourceInput, { nullable: true, description: 'A new source that reports it, created in the same transaction.' }) @IsOptional() @ValidateNested() newSource?: SourceInput;
}

@InputType({ description: 'A relationship between two entities, from the whitelist of link types (see LinkType), with the sources that state it.' })
export class LinkInput extends FactInput {
  @Field(() => LinkType, { description: 'The relationship type; each allows fixed start and end labels (see LinkType).' }) type: LinkType;
  @Field(() => ID, { description: 'Id of the start node (e.g. "application:ev-drive-motor" for USES).' }) @IsAnyGlobalId() fromId: string;
  @Field(() => ID, { description: 'Id of the end node (e.g. "product:ndfeb-sintered-magnet" for USES).' }) @IsAnyGlobalId() toId: string;
  @Field(() => Float, { nullable: true, description: 'USES: kg of the product per unit of the application.' }) @IsOptional() @IsNumber({}, FINITE) @Min(0, NOT_NEGATIVE) kgPerUnit?: number;
  @Field(() => Float, { nullable: true, description: 'USES: upper bound of a per-unit range.' }) @IsOptional() @IsNumber({}, FINITE) @Min(0, NOT_NEGATIVE) kgPerUnitMax?: number;
  @Field(() => String, { nullable: true, description: 'USES: the unit, e.g. "vehicle" or "MW".' }) @IsOptional() @MaxLength(100, TEXT) perUnit?: string;
  @Field(() => Boolean, { nullable: true, description: 'USES: whether the product is critical to the application.' }) critical?: boolean;
  @Field(() => Float, { nullable: true, description: 'PRODUCES: capacity in tonnes per year.' }) @IsOptional() @IsNumber({}, FINITE) @Min(0, NOT_NEGATIVE) capacityTonnesPerYear?: number;
  @Field(() => String, { nullable: true, description: 'PRODUCES: what the capacity counts.' }) @IsOptional() @MaxLength(100, TEXT) capacityUnit?: string;
  @Field(() => String, { nullable: true, description: 'RESTRICTS: LISTED, CUSTOMS_PRACTICE, EXTRATERRITORIAL or PROCUREMENT.' })
  @IsOptional() @IsIn(['LISTED', 'CUSTOMS_PRACTICE', 'EXTRATERRITORIAL', 'PROCUREMENT'], { message: 'LISTED, CUSTOMS_PRACTICE, EXTRATERRITORIAL or PROCUREMENT' }) scope?: string;
  @Field(() => ID, { nullable: true, description: 'SUPPLIES: the product supplied.' }) @IsOptional() @IsGlobalId('product') product?: string;
}
