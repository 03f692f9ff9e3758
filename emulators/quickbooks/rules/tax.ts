// Reads a company's TaxCode/TaxRate entities into the shapes invoice-math works with.
import Decimal from 'decimal.js';
import { arr, dec, isObj, refValue, str } from '../json.js';
import type { TaxCodeInfo, TaxRateInfo } from '../invoice-math.js';
import type { QboEntity, RealmStore } from '../store.js';

export function taxCodeInfo(realm: RealmStore, code: QboEntity): TaxCodeInfo {
  const list = isObj(code.SalesTaxRateList) ? arr(code.SalesTaxRateList.TaxRateDetail) : [];
  const rates: TaxRateInfo[] = [];
  for (const detail of list) {
    if (!isObj(detail)) continue;
    const rateId = refValue(detail.TaxRateRef);
    const rate = rateId ? realm.get('TaxRate', rateId) : undefined;
    if (!rate) continue;
    rates.push({
      id: rate.Id,
      name: str(rate.Name) ?? rate.Id,
      rate: dec(rate.RateValue) ?? new Decimal(0),
    });
  }
  return { id: code.Id, name: str(code.Name) ?? code.Id, rates };
}

export function allTaxCodes(realm: RealmStore): Map<string, TaxCodeInfo> {
  return new Map(realm.list('TaxCode').map((c) => [c.Id, taxCodeInfo(realm, c)]));
}
