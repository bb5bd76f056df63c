/**
 * A development stand-in for data/generated/matcher-index.json: the real names of the five
 * articles with the aliases and ambiguity rules the dataset is expected to carry. The corpus test
 * uses the real index whenever it exists; this one only keeps the matcher testable without it.
 */
import type { Ambiguity, MatcherIndex } from '../../../core/dataset/schema';

type Type = MatcherIndex['entries'][number]['type'];

function ambiguity(a: Partial<Ambiguity> & { reason: string }): Ambiguity {
  return { exclude: [], context: [], window: 6, pageMentions: 3, ...a };
}

const LIBYA_PLACE = ['مدينة', 'ليبيا', 'الليبية', 'شرق', 'غرب', 'منطقة', 'بلدة'];

const raw: Array<[string, Type, Array<string | [string, Ambiguity]>]> = [
  ['khalifa-haftar', 'person', ['حفتر', 'خليفة حفتر', 'المشير خليفة حفتر', 'المشير حفتر', 'اللواء حفتر', 'اللواء المتقاعد خليفة حفتر', 'الجنرال حفتر', 'الجنرال خليفة حفتر']],
  ['adel-abdel-kafi', 'person', ['عادل عبد الكافي', 'عبد الكافي']],
  ['fayez-swiri', 'person', ['فايز سويري', 'سويري']],
  ['mustafa-al-sharkasi', 'person', ['مصطفى الشركسي', 'الشركسي']],
  ['fayez-al-sarraj', 'person', ['فائز السراج', 'فايز السراج', 'السراج']],
  ['shukri-al-hasi', 'person', ['شكري الحاسي']],
  ['ahmed-maiteeq', 'person', ['أحمد معيتيق', 'معيتيق']],
  ['philip-hammond', 'person', ['فيليب هاموند', 'هاموند']],
  ['muammar-gaddafi', 'person', ['معمر القذافي', 'القذافي']],
  ['abdel-fattah-el-sisi', 'person', ['عبد الفتاح السيسي', 'السيسي']],
  ['nouri-al-maliki', 'person', ['نوري المالكي']],
  ['bashar-al-assad', 'person', ['بشار الأسد']],
  ['mohammed-al-mansouri', 'person', [['محمد المنصوري', ambiguity({ reason: 'a very common name', context: ['المكتب', 'الإعلامي', 'مجاهدي', 'درنة'], window: 8, pageMentions: 0 })]]],
  ['mohammed-idris-al-mansouri', 'person', [['محمد إدريس المنصوري', ambiguity({ reason: 'a common name', context: ['القائد', 'الميداني', 'مجاهدي', 'درنة'], window: 8, pageMentions: 0 })]]],
  ['islamic-state', 'organization', ['داعش', 'تنظيم داعش', 'تنظيم الدولة', 'تنظيم الدولة الإسلامية', 'الدولة الإسلامية', 'الدواعش']],
  ['operation-dignity', 'event', ['عملية الكرامة', ['الكرامة', ambiguity({ reason: 'dignity, a common noun', exclude: ['الكرامة الإنسانية', 'كرامة'], context: ['عملية', 'قوات', 'حفتر'] })]]],
  ['derna-mujahideen-shura-council', 'organization', ['مجلس شورى مجاهدي درنة', 'مجلس شورى مجاهدي درنة وضواحيها', 'مجلس شورى درنة']],
  ['benghazi-revolutionaries-shura-council', 'organization', ['مجلس شورى ثوار بنغازي']],
  ['government-of-national-accord', 'organization', ['حكومة الوفاق', 'حكومة الوفاق الوطني', 'حكومة الوفاق الوطنية']],
  ['presidential-council', 'organization', ['المجلس الرئاسي']],
  ['bunyan-al-marsous', 'event', ['البنيان المرصوص', 'عملية البنيان المرصوص']],
  ['general-national-congress', 'organization', ['المؤتمر الوطني العام']],
  ['dar-al-ifta', 'organization', ['دار الإفتاء', 'دار الإفتاء الليبية']],
  ['united-nations', 'organization', ['الأمم المتحدة']],
  ['derna', 'place', ['درنة']],
  ['fataeh', 'place', ['الفتائح', 'الفتايح']],
  ['brega', 'place', ['البريقة']],
  ['tobruk', 'place', ['طبرق']],
  ['bayda', 'place', [['البيضاء', ambiguity({ reason: 'adjective "white"; Casablanca', exclude: ['الدار البيضاء', 'الأسلحة البيضاء', 'الراية البيضاء', 'الورقة البيضاء', 'البيت الأبيض'], context: [...LIBYA_PLACE, 'طبرق', 'درنة', 'شحات'] })]]],
  ['sirte', 'place', [['سرت', ambiguity({ reason: 'verb "spread"', exclude: ['سرت شائعات', 'سرت أنباء', 'سرت موجة'], context: [...LIBYA_PLACE, 'معقل', 'الساحلية'] })]]],
  ['misrata', 'place', ['مصراتة']],
  ['benghazi', 'place', ['بنغازي']],
  ['sabri', 'place', ['الصابري']],
  ['ganfouda', 'place', ['قنفودة', 'كمفودة']],
  ['oil-crescent', 'place', ['الهلال النفطي']],
  ['ain-mara', 'place', ['عين مارة']],
  ['al-hila', 'place', [['الحيلة', ambiguity({ reason: '"the trick"', context: ['منطقة', 'درنة'], pageMentions: 0 })]]],
  ['tripoli', 'place', [['طرابلس', ambiguity({ reason: 'also Tripoli, Lebanon', exclude: ['طرابلس اللبنانية', 'طرابلس الشام', 'شمال لبنان'], context: ['ليبيا', 'الليبية', 'العاصمة'] })]]],
  ['jufra', 'place', ['الجفرة']],
  ['cairo', 'place', ['القاهرة']],
  ['abu-dhabi', 'place', ['أبو ظبي']],
  ['sinai', 'place', ['سيناء']],
  ['skhirat', 'place', ['الصخيرات']],
  ['libya', 'place', ['ليبيا']],
  ['al-jazeera', 'outlet', ['قناة الجزيرة', ['الجزيرة', ambiguity({ reason: 'island, peninsula', exclude: ['شبه الجزيرة', 'الجزيرة العربية', 'الجزيرة السورية'], context: ['قناة', 'شبكة', 'لقناة', 'مراسل', 'تصريح'], pageMentions: 0 })]]],
  ['al-jazeera-net', 'outlet', ['الجزيرة نت']],
  ['al-mesryoon', 'outlet', ['جريدة المصريون', ['المصريون', ambiguity({ reason: 'the Egyptians', context: ['جريدة', 'صحيفة'], pageMentions: 0 })]]],
];

/** The stand-in index. */
export const devIndex: MatcherIndex = {
  version: 'dev',
  entries: raw.flatMap(([entityId, type, aliases]) =>
    aliases.map((a) => (typeof a === 'string' ? { entityId, type, alias: a } : { entityId, type, alias: a[0], ambiguous: a[1] })),
  ),
};
