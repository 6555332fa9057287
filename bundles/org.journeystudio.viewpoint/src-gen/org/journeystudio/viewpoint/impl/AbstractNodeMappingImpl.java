/**
 * Copyright (c) Journey Studio contributors. Generated from viewpoint.genmodel by releng/scripts/generate-model.sh.
 */
package org.journeystudio.viewpoint.impl;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

import org.journeystudio.viewpoint.AbstractNodeMapping;
import org.journeystudio.viewpoint.ConditionalNodeStyle;
import org.journeystudio.viewpoint.NodeMapping;
import org.journeystudio.viewpoint.NodeStyle;
import org.journeystudio.viewpoint.ViewpointPackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Abstract Node Mapping</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.journeystudio.viewpoint.impl.AbstractNodeMappingImpl#getBorderedNodeMappings <em>Bordered Node Mappings</em>}</li>
 *   <li>{@link org.journeystudio.viewpoint.impl.AbstractNodeMappingImpl#getDetailExpression <em>Detail Expression</em>}</li>
 *   <li>{@link org.journeystudio.viewpoint.impl.AbstractNodeMappingImpl#getColumnExpression <em>Column Expression</em>}</li>
 *   <li>{@link org.journeystudio.viewpoint.impl.AbstractNodeMappingImpl#getAlignExpression <em>Align Expression</em>}</li>
 *   <li>{@link org.journeystudio.viewpoint.impl.AbstractNodeMappingImpl#getLevelExpression <em>Level Expression</em>}</li>
 *   <li>{@link org.journeystudio.viewpoint.impl.AbstractNodeMappingImpl#getXExpression <em>XExpression</em>}</li>
 *   <li>{@link org.journeystudio.viewpoint.impl.AbstractNodeMappingImpl#getYExpression <em>YExpression</em>}</li>
 *   <li>{@link org.journeystudio.viewpoint.impl.AbstractNodeMappingImpl#getStyle <em>Style</em>}</li>
 *   <li>{@link org.journeystudio.viewpoint.impl.AbstractNodeMappingImpl#getConditionalStyles <em>Conditional Styles</em>}</li>
 * </ul>
 *
 * @generated
 */
public abstract class AbstractNodeMappingImpl extends DiagramElementMappingImpl implements AbstractNodeMapping {
	/**
	 * The cached value of the '{@link #getBorderedNodeMappings() <em>Bordered Node Mappings</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBorderedNodeMappings()
	 * @generated
	 * @ordered
	 */
	protected EList<NodeMapping> borderedNodeMappings;

	/**
	 * The default value of the '{@link #getDetailExpression() <em>Detail Expression</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDetailExpression()
	 * @generated
	 * @ordered
	 */
	protected static final String DETAIL_EXPRESSION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getDetailExpression() <em>Detail Expression</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDetailExpression()
	 * @generated
	 * @ordered
	 */
	protected String detailExpression = DETAIL_EXPRESSION_EDEFAULT;

	/**
	 * The default value of the '{@link #getColumnExpression() <em>Column Expression</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getColumnExpression()
	 * @generated
	 * @ordered
	 */
	protected static final String COLUMN_EXPRESSION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getColumnExpression() <em>Column Expression</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getColumnExpression()
	 * @generated
	 * @ordered
	 */
	protected String columnExpression = COLUMN_EXPRESSION_EDEFAULT;

	/**
	 * The default value of the '{@link #getAlignExpression() <em>Align Expression</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAlignExpression()
	 * @generated
	 * @ordered
	 */
	protected static final String ALIGN_EXPRESSION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getAlignExpression() <em>Align Expression</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAlignExpression()
	 * @generated
	 * @ordered
	 */
	protected String alignExpression = ALIGN_EXPRESSION_EDEFAULT;

	/**
	 * The default value of the '{@link #getLevelExpression() <em>Level Expression</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLevelExpression()
	 * @generated
	 * @ordered
	 */
	protected static final String LEVEL_EXPRESSION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getLevelExpression() <em>Level Expression</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLevelExpression()
	 * @generated
	 * @ordered
	 */
	protected String levelExpression = LEVEL_EXPRESSION_EDEFAULT;

	/**
	 * The default value of the '{@link #getXExpression() <em>XExpression</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getXExpression()
	 * @generated
	 * @ordered
	 */
	protected static final String XEXPRESSION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getXExpression() <em>XExpression</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getXExpression()
	 * @generated
	 * @ordered
	 */
	protected String xExpression = XEXPRESSION_EDEFAULT;

	/**
	 * The default value of the '{@link #getYExpression() <em>YExpression</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getYExpression()
	 * @generated
	 * @ordered
	 */
	protected static final String YEXPRESSION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getYExpression() <em>YExpression</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getYExpression()
	 * @generated
	 * @ordered
	 */
	protected String yExpression = YEXPRESSION_EDEFAULT;

	/**
	 * The cached value of the '{@link #getStyle() <em>Style</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStyle()
	 * @generated
	 * @ordered
	 */
	protected NodeStyle style;

	/**
	 * The cached value of the '{@link #getConditionalStyles() <em>Conditional Styles</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getConditionalStyles()
	 * @generated
	 * @ordered
	 */
	protected EList<ConditionalNodeStyle> conditionalStyles;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected AbstractNodeMappingImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return ViewpointPackage.Literals.ABSTRACT_NODE_MAPPING;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<NodeMapping> getBorderedNodeMappings() {
		if (borderedNodeMappings == null) {
			borderedNodeMappings = new EObjectContainmentEList<NodeMapping>(NodeMapping.class, this, ViewpointPackage.ABSTRACT_NODE_MAPPING__BORDERED_NODE_MAPPINGS);
		}
		return borderedNodeMappings;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getDetailExpression() {
		return detailExpression;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDetailExpression(String newDetailExpression) {
		String oldDetailExpression = detailExpression;
		detailExpression = newDetailExpression;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ViewpointPackage.ABSTRACT_NODE_MAPPING__DETAIL_EXPRESSION, oldDetailExpression, detailExpression));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getColumnExpression() {
		return columnExpression;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setColumnExpression(String newColumnExpression) {
		String oldColumnExpression = columnExpression;
		columnExpression = newColumnExpression;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ViewpointPackage.ABSTRACT_NODE_MAPPING__COLUMN_EXPRESSION, oldColumnExpression, columnExpression));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getAlignExpression() {
		return alignExpression;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAlignExpression(String newAlignExpression) {
		String oldAlignExpression = alignExpression;
		alignExpression = newAlignExpression;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ViewpointPackage.ABSTRACT_NODE_MAPPING__ALIGN_EXPRESSION, oldAlignExpression, alignExpression));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getLevelExpression() {
		return levelExpression;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLevelExpression(String newLevelExpression) {
		String oldLevelExpression = levelExpression;
		levelExpression = newLevelExpression;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ViewpointPackage.ABSTRACT_NODE_MAPPING__LEVEL_EXPRESSION, oldLevelExpression, levelExpression));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getXExpression() {
		return xExpression;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setXExpression(String newXExpression) {
		String oldXExpression = xExpression;
		xExpression = newXExpression;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ViewpointPackage.ABSTRACT_NODE_MAPPING__XEXPRESSION, oldXExpression, xExpression));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getYExpression() {
		return yExpression;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setYExpression(String newYExpression) {
		String oldYExpression = yExpression;
		yExpression = newYExpression;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ViewpointPackage.ABSTRACT_NODE_MAPPING__YEXPRESSION, oldYExpression, yExpression));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NodeStyle getStyle() {
		return style;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetStyle(NodeStyle newStyle, NotificationChain msgs) {
		NodeStyle oldStyle = style;
		style = newStyle;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, ViewpointPackage.ABSTRACT_NODE_MAPPING__STYLE, oldStyle, newStyle);
			if (msgs == null) msgs = notification; else msgs.add(notification);
		}
		return msgs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setStyle(NodeStyle newStyle) {
		if (newStyle != style) {
			NotificationChain msgs = null;
			if (style != null)
				msgs = ((InternalEObject)style).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - ViewpointPackage.ABSTRACT_NODE_MAPPING__STYLE, null, msgs);
			if (newStyle != null)
				msgs = ((InternalEObject)newStyle).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - ViewpointPackage.ABSTRACT_NODE_MAPPING__STYLE, null, msgs);
			msgs = basicSetStyle(newStyle, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ViewpointPackage.ABSTRACT_NODE_MAPPING__STYLE, newStyle, newStyle));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<ConditionalNodeStyle> getConditionalStyles() {
		if (conditionalStyles == null) {
			conditionalStyles = new EObjectContainmentEList<ConditionalNodeStyle>(ConditionalNodeStyle.class, this, ViewpointPackage.ABSTRACT_NODE_MAPPING__CONDITIONAL_STYLES);
		}
		return conditionalStyles;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case ViewpointPackage.ABSTRACT_NODE_MAPPING__BORDERED_NODE_MAPPINGS:
				return ((InternalEList<?>)getBorderedNodeMappings()).basicRemove(otherEnd, msgs);
			case ViewpointPackage.ABSTRACT_NODE_MAPPING__STYLE:
				return basicSetStyle(null, msgs);
			case ViewpointPackage.ABSTRACT_NODE_MAPPING__CONDITIONAL_STYLES:
				return ((InternalEList<?>)getConditionalStyles()).basicRemove(otherEnd, msgs);
		}
		return super.eInverseRemove(otherEnd, featureID, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case ViewpointPackage.ABSTRACT_NODE_MAPPING__BORDERED_NODE_MAPPINGS:
				return getBorderedNodeMappings();
			case ViewpointPackage.ABSTRACT_NODE_MAPPING__DETAIL_EXPRESSION:
				return getDetailExpression();
			case ViewpointPackage.ABSTRACT_NODE_MAPPING__COLUMN_EXPRESSION:
				return getColumnExpression();
			case ViewpointPackage.ABSTRACT_NODE_MAPPING__ALIGN_EXPRESSION:
				return getAlignExpression();
			case ViewpointPackage.ABSTRACT_NODE_MAPPING__LEVEL_EXPRESSION:
				return getLevelExpression();
			case ViewpointPackage.ABSTRACT_NODE_MAPPING__XEXPRESSION:
				return getXExpression();
			case ViewpointPackage.ABSTRACT_NODE_MAPPING__YEXPRESSION:
				return getYExpression();
			case ViewpointPackage.ABSTRACT_NODE_MAPPING__STYLE:
				return getStyle();
			case ViewpointPackage.ABSTRACT_NODE_MAPPING__CONDITIONAL_STYLES:
				return getConditionalStyles();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@SuppressWarnings("unchecked")
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case ViewpointPackage.ABSTRACT_NODE_MAPPING__BORDERED_NODE_MAPPINGS:
				getBorderedNodeMappings().clear();
				getBorderedNodeMappings().addAll((Collection<? extends NodeMapping>)newValue);
				return;
			case ViewpointPackage.ABSTRACT_NODE_MAPPING__DETAIL_EXPRESSION:
				setDetailExpression((String)newValue);
				return;
			case ViewpointPackage.ABSTRACT_NODE_MAPPING__COLUMN_EXPRESSION:
				setColumnExpression((String)newValue);
				return;
			case ViewpointPackage.ABSTRACT_NODE_MAPPING__ALIGN_EXPRESSION:
				setAlignExpression((String)newValue);
				return;
			case ViewpointPackage.ABSTRACT_NODE_MAPPING__LEVEL_EXPRESSION:
				setLevelExpression((String)newValue);
				return;
			case ViewpointPackage.ABSTRACT_NODE_MAPPING__XEXPRESSION:
				setXExpression((String)newValue);
				return;
			case ViewpointPackage.ABSTRACT_NODE_MAPPING__YEXPRESSION:
				setYExpression((String)newValue);
				return;
			case ViewpointPackage.ABSTRACT_NODE_MAPPING__STYLE:
				setStyle((NodeStyle)newValue);
				return;
			case ViewpointPackage.ABSTRACT_NODE_MAPPING__CONDITIONAL_STYLES:
				getConditionalStyles().clear();
				getConditionalStyles().addAll((Collection<? extends ConditionalNodeStyle>)newValue);
				return;
		}
		super.eSet(featureID, newValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eUnset(int featureID) {
		switch (featureID) {
			case ViewpointPackage.ABSTRACT_NODE_MAPPING__BORDERED_NODE_MAPPINGS:
				getBorderedNodeMappings().clear();
				return;
			case ViewpointPackage.ABSTRACT_NODE_MAPPING__DETAIL_EXPRESSION:
				setDetailExpression(DETAIL_EXPRESSION_EDEFAULT);
				return;
			case ViewpointPackage.ABSTRACT_NODE_MAPPING__COLUMN_EXPRESSION:
				setColumnExpression(COLUMN_EXPRESSION_EDEFAULT);
				return;
			case ViewpointPackage.ABSTRACT_NODE_MAPPING__ALIGN_EXPRESSION:
				setAlignExpression(ALIGN_EXPRESSION_EDEFAULT);
				return;
			case ViewpointPackage.ABSTRACT_NODE_MAPPING__LEVEL_EXPRESSION:
				setLevelExpression(LEVEL_EXPRESSION_EDEFAULT);
				return;
			case ViewpointPackage.ABSTRACT_NODE_MAPPING__XEXPRESSION:
				setXExpression(XEXPRESSION_EDEFAULT);
				return;
			case ViewpointPackage.ABSTRACT_NODE_MAPPING__YEXPRESSION:
				setYExpression(YEXPRESSION_EDEFAULT);
				return;
			case ViewpointPackage.ABSTRACT_NODE_MAPPING__STYLE:
				setStyle((NodeStyle)null);
				return;
			case ViewpointPackage.ABSTRACT_NODE_MAPPING__CONDITIONAL_STYLES:
				getConditionalStyles().clear();
				return;
		}
		super.eUnset(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean eIsSet(int featureID) {
		switch (featureID) {
			case ViewpointPackage.ABSTRACT_NODE_MAPPING__BORDERED_NODE_MAPPINGS:
				return borderedNodeMappings != null && !borderedNodeMappings.isEmpty();
			case ViewpointPackage.ABSTRACT_NODE_MAPPING__DETAIL_EXPRESSION:
				return DETAIL_EXPRESSION_EDEFAULT == null ? detailExpression != null : !DETAIL_EXPRESSION_EDEFAULT.equals(detailExpression);
			case ViewpointPackage.ABSTRACT_NODE_MAPPING__COLUMN_EXPRESSION:
				return COLUMN_EXPRESSION_EDEFAULT == null ? columnExpression != null : !COLUMN_EXPRESSION_EDEFAULT.equals(columnExpression);
			case ViewpointPackage.ABSTRACT_NODE_MAPPING__ALIGN_EXPRESSION:
				return ALIGN_EXPRESSION_EDEFAULT == null ? alignExpression != null : !ALIGN_EXPRESSION_EDEFAULT.equals(alignExpression);
			case ViewpointPackage.ABSTRACT_NODE_MAPPING__LEVEL_EXPRESSION:
				return LEVEL_EXPRESSION_EDEFAULT == null ? levelExpression != null : !LEVEL_EXPRESSION_EDEFAULT.equals(levelExpression);
			case ViewpointPackage.ABSTRACT_NODE_MAPPING__XEXPRESSION:
				return XEXPRESSION_EDEFAULT == null ? xExpression != null : !XEXPRESSION_EDEFAULT.equals(xExpression);
			case ViewpointPackage.ABSTRACT_NODE_MAPPING__YEXPRESSION:
				return YEXPRESSION_EDEFAULT == null ? yExpression != null : !YEXPRESSION_EDEFAULT.equals(yExpression);
			case ViewpointPackage.ABSTRACT_NODE_MAPPING__STYLE:
				return style != null;
			case ViewpointPackage.ABSTRACT_NODE_MAPPING__CONDITIONAL_STYLES:
				return conditionalStyles != null && !conditionalStyles.isEmpty();
		}
		return super.eIsSet(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		if (eIsProxy()) return super.toString();

		StringBuilder result = new StringBuilder(super.toString());
		result.append(" (detailExpression: ");
		result.append(detailExpression);
		result.append(", columnExpression: ");
		result.append(columnExpression);
		result.append(", alignExpression: ");
		result.append(alignExpression);
		result.append(", levelExpression: ");
		result.append(levelExpression);
		result.append(", xExpression: ");
		result.append(xExpression);
		result.append(", yExpression: ");
		result.append(yExpression);
		result.append(')');
		return result.toString();
	}

} //AbstractNodeMappingImpl
