package io.littlegiants.kb.common;

/**
 * The four ranks of the cultivation pyramid, from its base; the value of a
 * certification's {@code tier} and of a {@code Tier} node's {@code id}.
 */
public enum TierId {

	/** 创新型中小企业 */
	INNOVATIVE_SME,
	/** 专精特新中小企业 */
	SPECIALIZED_SME,
	/** 专精特新"小巨人"企业 */
	LITTLE_GIANT,
	/** 制造业单项冠军 */
	CHAMPION

}
