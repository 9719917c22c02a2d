import { Field, Float, InputType, Int } from 'type-graphql';
import { ArrayMaxSize, IsOptional, Matches, MaxLength } from 'class-validator';

const PERIOD = /^\d{4}-(0[1-9]|1[0-2])$/;
const PERIOD_MESSAGE = 'a month as YYYY-MM (e.g. 2025-06)';

@InputType({ description: 'Conditions on a text field; all given conditions must hold.' })
export class StringFilter {
  @Field(() => String, { nullable: true, description: 'Equal to.' })
  @MaxLength(200)
  eq?: string;

  @Field(() => [String], { nullable: true, description: 'Equal to one of (at most 100 values).' })
  @ArrayMaxSize(100)
  in?: string[];

  @Field(() => String, { nullable: true, description: 'Contains, ignoring case.' })
  @MaxLength(200)
  contains?: string;

  @Field(() => String, { nullable: true, description: 'Starts with (case-sensitive; uses the index).' })
  @MaxLength(200)
  startsWith?: string;
}

@InputType({ description: 'Conditions on a number; all given conditions must hold.' })
export class FloatFilter {
  @Field(() => Float, { nullable: true, description: 'Equal to.' })
  eq?: number;

  @Field(() => Float, { nullable: true, description: 'Greater than.' })
  gt?: number;

  @Field(() => Float, { nullable: true, description: 'Greater than or equal to.' })
  gte?: number;

  @Field(() => Float, { nullable: true, description: 'Less than.' })
  lt?: number;

  @Field(() => Float, { nullable: true, description: 'Less than or equal to.' })
  lte?: number;
}

@InputType({ description: 'Conditions on a whole number; all given conditions must hold.' })
export class IntFilter {
  @Field(() => Int, { nullable: true, description: 'Equal to.' })
  eq?: number;

  @Field(() => [Int], { nullable: true, description: 'Equal to one of (at most 100 values).' })
  @ArrayMaxSize(100)
  in?: number[];

  @Field(() => Int, { nullable: true, description: 'Greater than or equal to.' })
  gte?: number;

  @Field(() => Int, { nullable: true, description: 'Less than or equal to.' })
  lte?: number;
}

@InputType({ description: 'Conditions on a month (YYYY-MM); ranges are inclusive.' })
export class PeriodFilter {
  @Field(() => String, { nullable: true, description: 'This month, YYYY-MM.' })
  @IsOptional()
  @Matches(PERIOD, { message: PERIOD_MESSAGE })
  eq?: string;

  @Field(() => String, { nullable: true, description: 'From this month on, YYYY-MM (inclusive).' })
  @IsOptional()
  @Matches(PERIOD, { message: PERIOD_MESSAGE })
  gte?: string;

  @Field(() => String, { nullable: true, description: 'Up to this month, YYYY-MM (inclusive).' })
  @IsOptional()
  @Matches(PERIOD, { message: PERIOD_MESSAGE })
  lte?: string;
}

/** The Cypher each filter operator becomes; `$p` is replaced by a fresh parameter name. Whitelist. */
export const OPERATORS: Record<string, (property: string, param: string) => string> = {
  eq: (p, v) => `${p} = ${v}`,
  in: (p, v) => `${p} IN ${v}`,
  contains: (p, v) => `toLower(${p}) CONTAINS toLower(${v})`,
  startsWith: (p, v) => `${p} STARTS WITH ${v}`,
  gt: (p, v) => `${p} > ${v}`,
  gte: (p, v) => `${p} >= ${v}`,
  lt: (p, v) => `${p} < ${v}`,
  lte: (p, v) => `${p} <= ${v}`,
};

/** Operators on list properties (e.g. Company.roles). */
export const LIST_OPERATORS: Record<string, (property: string, param: string) => string> = {
  eq: (p, v) => `${v} IN ${p}`,
  in: (p, v) => `any(item IN ${p} WHERE item IN ${v})`,
};
